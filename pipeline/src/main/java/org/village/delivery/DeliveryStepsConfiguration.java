package org.village.delivery;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.village.output.MonthFolder;

/**
 * The monthly job's last two steps: {@code deliverReports} (one e-mail per address, each try in the send log before
 * and after it goes to the server) and {@code writeManifest}, which runs once every e-mail is sent.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryStepsConfiguration {

    /** Job parameter: "true" to write the e-mails to the output folder instead of sending them. */
    public static final String DRY_RUN = "dryRun";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcClient jdbc;

    DeliveryStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcClient jdbc) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
    }

    @Bean
    public Step deliverReportsStep(DeliveryTasklet deliveryTasklet) {
        return new StepBuilder("deliverReports", jobRepository)
                .tasklet(deliveryTasklet, transactionManager)
                .build();
    }

    @Bean
    public Step writeManifestStep(ManifestTasklet manifestTasklet) {
        return new StepBuilder("writeManifest", jobRepository)
                .tasklet(manifestTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    DeliveryTasklet deliveryTasklet(@Value("#{jobParameters['month']}") String month,
            @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['" + DRY_RUN + "']}") String dryRun,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId,
            @Value("${village.report.district-name:Riverbend Unified School District}") String districtName,
            @Value("${village.kpi.minimum-group-size:10}") int minimumGroupSize,
            ObjectProvider<JavaMailSender> mailSender, DeliveryProperties properties, DeliveryLog deliveryLog) {
        MonthFolder folder = MonthFolder.of(out, month, dryRun);
        return new DeliveryTasklet(jobInstanceId, folder, plan(folder).deliveries(), mailSender.getIfAvailable(),
                new ReportMail(properties, districtName, minimumGroupSize), properties, deliveryLog);
    }

    @Bean
    @StepScope
    ManifestTasklet manifestTasklet(@Value("#{jobParameters['month']}") String month,
            @Value("#{jobParameters['out']}") String out,
            @Value("#{jobParameters['" + DRY_RUN + "']}") String dryRun) {
        MonthFolder folder = MonthFolder.of(out, month, dryRun);
        DeliveryPlan plan = plan(folder);
        Map<Path, List<String>> recipients = new TreeMap<>(plan.recipientsByFile());
        if (folder.dryRun()) {
            plan.deliveries().stream().filter(Delivery::hasFiles)
                    .forEach(delivery -> recipients.put(delivery.emlFile(folder), List.of(delivery.email())));
        }
        return new ManifestTasklet(folder, recipients);
    }

    private DeliveryPlan plan(MonthFolder folder) {
        List<Recipient> recipients = jdbc.sql(DeliveryLog.SQL.get("recipients"))
                .query((rs, i) -> new Recipient(rs.getString("name"), rs.getString("email"), rs.getString("scope"),
                        rs.getString("scope_id")))
                .list();
        Set<String> schools = new HashSet<>(jdbc.sql(DeliveryLog.SQL.get("school-ids")).query(String.class).list());
        Set<String> partnerships = new HashSet<>(
                jdbc.sql(DeliveryLog.SQL.get("partnership-ids")).query(String.class).list());
        return DeliveryPlan.of(recipients, folder, schools, partnerships);
    }
}
