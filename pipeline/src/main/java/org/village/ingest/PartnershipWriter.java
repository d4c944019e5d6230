package org.village.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.village.infrastructure.NamedQueries;

/** A partnership and the schools it serves: the registry's latest word replaces what was there. */
class PartnershipWriter implements ItemWriter<Object> {

    private final JdbcClient jdbc;
    private final NamedQueries sql;

    PartnershipWriter(JdbcClient jdbc, NamedQueries sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public void write(Chunk<?> chunk) {
        for (Object item : chunk) {
            PartnershipRecord partnership = (PartnershipRecord) item;
            jdbc.sql(sql.get("merge-partnership")).paramSource(new SimplePropertySqlParameterSource(partnership))
                    .update();
            jdbc.sql(sql.get("delete-partnership-schools")).param("partnershipId", partnership.partnershipId())
                    .update();
            for (String school : partnership.schools()) {
                jdbc.sql(sql.get("insert-partnership-school")).param("partnershipId", partnership.partnershipId())
                        .param("schoolId", school).update();
            }
        }
    }
}
