package org.village.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.village.infrastructure.NamedQueries;

/** What the reports print beside the KPI figures: the partnership registry, goal progress, check-ins and stories. */
@Component
class ReportSources {

    private static final NamedQueries SQL = NamedQueries.load("report");

    record Partnership(String id, String name, Set<String> schoolIds, LocalDate startDate) {
    }

    record GoalProgress(String kpi, double target, LocalDate byDate, Double achieved, String status) {
    }

    record CheckIn(LocalDate date, String status) {
    }

    record StoryRow(String partnershipId, LocalDate date, String title, String text, String quote,
            String attribution) {
    }

    private final JdbcClient jdbc;

    ReportSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By name; each with the schools it serves. */
    List<Partnership> partnerships() {
        Map<String, Set<String>> schools = new LinkedHashMap<>();
        jdbc.sql(SQL.get("partnership-schools")).query(rs -> {
            schools.computeIfAbsent(rs.getString("partnership_id"), id -> new TreeSet<>()).add(rs.getString("school_id"));
        });
        return jdbc.sql(SQL.get("partnerships"))
                .query((rs, i) -> new Partnership(rs.getString("partnership_id"), rs.getString("partner_name"),
                        schools.getOrDefault(rs.getString("partnership_id"), Set.of()),
                        rs.getObject("start_date", LocalDate.class)))
                .list();
    }

    /** Every goal of each partnership as of the month, in KPI order. */
    Map<String, List<GoalProgress>> goalProgress(YearMonth month) {
        Map<String, List<GoalProgress>> goals = new LinkedHashMap<>();
        jdbc.sql(SQL.get("goal-progress")).param("reportMonth", month.toString()).query(rs -> {
            goals.computeIfAbsent(rs.getString("partnership_id"), id -> new ArrayList<>()).add(new GoalProgress(
                    rs.getString("kpi"), rs.getBigDecimal("target").doubleValue(),
                    rs.getObject("by_date", LocalDate.class),
                    rs.getBigDecimal("achieved") == null ? null : rs.getBigDecimal("achieved").doubleValue(),
                    rs.getString("status")));
        });
        goals.replaceAll((id, list) -> List.copyOf(list));
        return goals;
    }

    /** Each partnership's latest check-in up to the end of the month. */
    Map<String, CheckIn> latestCheckIns(YearMonth month) {
        Map<String, CheckIn> checkIns = new LinkedHashMap<>();
        jdbc.sql(SQL.get("latest-check-ins")).param("throughDate", month.atEndOfMonth()).query(rs -> {
            checkIns.putIfAbsent(rs.getString("partnership_id"),
                    new CheckIn(rs.getObject("check_in_date", LocalDate.class), rs.getString("status")));
        });
        return checkIns;
    }

    /** Each partnership's latest story whose partner consented to publish it, up to the end of the month. */
    List<StoryRow> consentedStories(YearMonth month) {
        Map<String, StoryRow> latest = new LinkedHashMap<>();
        jdbc.sql(SQL.get("consented-stories")).param("throughDate", month.atEndOfMonth()).query(rs -> {
            latest.putIfAbsent(rs.getString("partnership_id"), new StoryRow(rs.getString("partnership_id"),
                    rs.getObject("story_date", LocalDate.class), rs.getString("title"), rs.getString("story_text"),
                    rs.getString("quote"), rs.getString("attribution")));
        });
        return new ArrayList<>(latest.values());
    }
}
