package org.village.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.village.VillageApplication;
import org.village.monthly.MonthlyRun;
import org.village.monthly.RunOutcome;
import org.village.output.MonthFolder;

/**
 * The monthly job's delivery against a real SMTP server (GreenMail): who gets which files, what happens when the
 * server is down or fails for some e-mails (issue 20: the month stays open and the same command sends only what is
 * unsent), a dry run, and the manifest.
 */
@SpringBatchTest
@SpringBootTest(classes = VillageApplication.class, properties = {
        // A district that sets its own smallest group: every mark and note must say 18, none 10.
        "village.kpi.minimum-group-size=18",
        "village.delivery.from=Village Reports <reports@district.example>",
        "village.delivery.subject=Rapports de partenariat — {month}",
        "village.delivery.backoff=1s",
        "village.delivery.max-attempts=3" })
class DeliveryJobTest {

    /** A fixed port, so the server can be stopped and started again where the job expects it. */
    private static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @TempDir
    static Path workdir;

    @DynamicPropertySource
    static void databaseAndMailServer(DynamicPropertyRegistry registry) {
        registry.add("village.workdir", () -> workdir.toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MonthlyRun monthlyRun;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;

    @TempDir
    Path out;

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @BeforeEach
    void startFromAnEmptyDistrict() {
        DistrictInbox.emptyDatabase(jobRepositoryTestUtils, jdbc);
    }

    @Test
    void sendsEachRecipientExactlyTheFilesOfTheirScopeAndNothingOfAnotherSchool() throws Exception {
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
        Path alderDashboard = DistrictInbox.placeSchoolDashboard(out, "0101");

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        Map<String, List<String>> received = attachmentsByRecipient();
        assertThat(received).containsOnlyKeys("ana@district.example", "jose@alder.example", "zoe@marti.example",
                "board@district.example", "pat@district.example");
        assertThat(received.get("ana@district.example"))
                .containsExactly("district-dashboard-2026-10.pdf", "figures-2026-10.xlsx");
        assertThat(received.get("jose@alder.example")).containsExactly("school-dashboard-0101-2026-10.pdf");
        assertThat(received.get("zoe@marti.example")).containsExactly("school-dashboard-0102-2026-10.pdf");
        assertThat(received.get("board@district.example"))
                .containsExactly("board-packet-2026-10.pdf", "district-dashboard-2026-10.pdf");
        assertThat(received.get("pat@district.example")).as("two lines of the list, one e-mail")
                .containsExactly("school-dashboard-0101-2026-10.pdf", "district-dashboard-2026-10.pdf",
                        "figures-2026-10.xlsx");
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(outcome.deliveries()).isEqualTo(new DeliveryLog.Summary(5, 0, 0, 1, List.of(), List.of()));
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(DeliveryJobTest::messageId))
                .as("one Message-ID per recipient, in the sender's domain").doesNotHaveDuplicates()
                .allMatch(id -> id.matches("<village\\.2026-10\\.\\d+\\.[0-9a-f]{16}@district\\.example>"));

        MimeMessage jose = messageTo("jose@alder.example");
        assertThat(jose.getSubject()).isEqualTo("Rapports de partenariat — October 2026");
        assertThat(bodyText(jose)).contains("Dear José Nguyễn,", "school 0101");
        assertThat(attachment(jose, "school-dashboard-0101-2026-10.pdf")).isEqualTo(Files.readAllBytes(alderDashboard));
        assertThat(jdbc.sql("SELECT outcome FROM delivery_log WHERE email = 'ghost@nowhere.example'")
                .query(String.class).single()).isEqualTo("NO_REPORT");
    }

    /**
     * With a minimum of 18, École José Martí (12 students) and Tiny Academy (4) are small groups: the dashboard marks
     * them n<18, the workbook marks their cells n<18, and the e-mail says 18; nothing anywhere says 10.
     */
    @Test
    void everyReportWorkbookAndEmailSaysTheDistrictsOwnMinimum() throws Exception {
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);

        assertThat(monthlyRun.run(OCTOBER, inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);

        MonthFolder folder = new MonthFolder(out, OCTOBER);
        String dashboard;
        try (PDDocument document = Loader.loadPDF(folder.districtDashboard().toFile())) {
            dashboard = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(dashboard).contains("École José Martí n<18", "Tiny Academy n<18",
                "n<18: based on fewer than 18 students").doesNotContain("n<10", "fewer than 10");
        List<String> marks = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.figuresWorkbook().toFile())) {
            workbook.getSheet("Figures").forEach(row -> {
                if (row.getCell(11) != null) {
                    marks.add(row.getCell(11).getStringCellValue());
                }
            });
            workbook.getSheet("Definitions").forEach(row -> row.forEach(cell -> marks.add(cell.getStringCellValue())));
        }
        assertThat(marks).anyMatch(mark -> mark.startsWith("n<18: based on fewer than 18 students"))
                .noneMatch(mark -> mark.contains("n<10") || mark.contains("fewer than 10"));
        assertThat(bodyText(messageTo("ana@district.example")))
                .contains("Figures about fewer than 18 students are not shown").doesNotContain("fewer than 10");
    }

    @Test
    void retriesWhileTheServerIsDownAndSendsOnceItIsBack() throws Exception {
        DistrictInbox.writeTo(inbox, List.of(List.of("Ana Superintendent", "ana@district.example", "district")));
        smtp.stop();
        CompletableFuture<Void> serverBack = CompletableFuture.runAsync(() -> {
            awaitDeliveryStep();
            sleep(300);
            smtp.start();
        });

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);
        serverBack.join();

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(jdbc.sql("SELECT attempt, outcome FROM delivery_log ORDER BY delivery_id").query()
                .listOfRows()).extracting(row -> row.get("attempt") + " " + row.get("outcome"))
                .containsExactly("1 FAILED", "2 SENT");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outcome.needsAttention()).isTrue();
    }

    @Test
    void aServerThatCannotBeReachedStopsTheDeliveryAfterOneEmailsTriesAndTheSameCommandSendsEverything()
            throws Exception {
        DistrictInbox.writeTo(inbox, List.of(List.of("Ana Superintendent", "ana@district.example", "district"),
                List.of("Board Clerk", "board@district.example", "board")));
        smtp.stop();

        RunOutcome down = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(down.status()).as("the month is not done while e-mails are unsent")
                .isEqualTo(RunOutcome.Status.FAILED);
        assertThat(down.failure()).contains("still failed after 3 tries", "2 of 2 e-mail(s) not sent");
        assertThat(down.deliveries()).isEqualTo(new DeliveryLog.Summary(0, 2, 0, 0, List.of(), List.of()));
        List<Map<String, Object>> tries = jdbc.sql("SELECT email, attempt, outcome, detail FROM delivery_log "
                + "ORDER BY delivery_id").query().listOfRows();
        assertThat(tries).extracting(row -> row.get("email") + " " + row.get("attempt") + " " + row.get("outcome"))
                .as("no wait for the board's e-mail: the server is down for every e-mail")
                .containsExactly("ana@district.example 1 FAILED", "ana@district.example 2 FAILED",
                        "ana@district.example 3 FAILED", "board@district.example 0 NOT_SENT");
        assertThat((String) tries.get(0).get("detail")).containsIgnoringCase("connect");
        assertThat(out.resolve("2026-10/district-dashboard-2026-10.pdf")).isNotEmptyFile();
        smtp.start();

        RunOutcome again = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(again.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(again.deliveries()).isEqualTo(new DeliveryLog.Summary(2, 0, 0, 0, List.of(), List.of()));
        assertThat(attachmentsByRecipient()).containsOnlyKeys("ana@district.example", "board@district.example");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void emailsLeftUnsentByAFailureAreSentByTheSameCommandAndTheOthersAreNotSentAgain() throws Exception {
        DistrictInbox.writeTo(inbox, List.of(List.of("Ana Superintendent", "ana@district.example", "district"),
                List.of("Board Clerk", "board@district.example", "board"),
                List.of("Zoë Ōtsuka", "zoe@marti.example", "school:0102")));
        MessageDeliveryHandler normal = smtp.getUserManager().getMessageDeliveryHandler();
        smtp.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (address.getEmail().equals("board@district.example")) {
                // GreenMail answers 451 "local error in processing": a server that says "try later".
                throw new MessagingException("the board's mailbox is being moved");
            }
            return normal.handle(message, address);
        });

        RunOutcome failed = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(failed.failure()).contains("451", "2 of 3 e-mail(s) not sent");
        assertThat(failed.deliveries()).isEqualTo(new DeliveryLog.Summary(1, 2, 0, 0, List.of(), List.of()));
        assertThat(attachmentsByRecipient()).containsOnlyKeys("ana@district.example");
        smtp.getUserManager().setMessageDeliveryHandler(normal);

        RunOutcome rerun = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(rerun.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(rerun.deliveries()).isEqualTo(new DeliveryLog.Summary(3, 0, 0, 0, List.of(), List.of()));
        assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
                .as("each address once: what was sent is not sent again")
                .containsExactlyInAnyOrder("ana@district.example", "board@district.example", "zoe@marti.example");
        assertThat(out.resolve("2026-10/manifest-2026-10.csv")).as("written once every e-mail is sent").exists();
    }

    /**
     * A dry run after the month's real run: its reports, manifest and outbox go to the month's dry-run folder, and
     * every file the district was sent stays byte for byte as it was. Two addresses that differ only where a file
     * name cannot follow them get an outbox file each.
     */
    @Test
    void aDryRunWritesToItsOwnFolderSendsNothingAndLeavesTheRealRunsFilesAsTheyWere() throws Exception {
        List<List<Object>> recipients = new ArrayList<>(DistrictInbox.RECIPIENTS);
        recipients.add(List.of("Plus Sign", "a+b@district.example", "board"));
        recipients.add(List.of("Underscore", "a_b@district.example", "board"));
        DistrictInbox.writeTo(inbox, recipients);
        assertThat(monthlyRun.run(OCTOBER, inbox, out).status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(smtp.getReceivedMessages()).hasSize(7);
        Map<String, String> sent = checksums(out.resolve("2026-10"));

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out, new MonthlyRun.Options(true, false));

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(smtp.getReceivedMessages()).as("nothing more sent").hasSize(7);
        Path dryRun = out.resolve("2026-10/dry-run");
        Map<String, String> afterwards = checksums(out.resolve("2026-10"));
        afterwards.keySet().removeIf(file -> file.startsWith("dry-run/"));
        assertThat(afterwards).as("the real run's files, unchanged").isEqualTo(sent);
        assertThat(outcome.reports()).isNotEmpty().allMatch(report -> report.startsWith(dryRun));
        Path eml = dryRun.resolve("outbox/ana@district.example.eml");
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(message.getAllRecipients()).extracting(Address::toString).containsExactly("ana@district.example");
        assertThat(attachment(message, "district-dashboard-2026-10.pdf"))
                .isEqualTo(Files.readAllBytes(dryRun.resolve("district-dashboard-2026-10.pdf")));
        List<String> outbox;
        try (Stream<Path> files = Files.list(dryRun.resolve("outbox"))) {
            outbox = files.map(file -> file.getFileName().toString()).toList();
        }
        assertThat(outbox).hasSize(7).contains("ana@district.example.eml", "board@district.example.eml",
                "jose@alder.example.eml", "pat@district.example.eml", "zoe@marti.example.eml",
                "a_b@district.example.eml").anyMatch(name -> name.matches("a_b@district\\.example-[0-9a-f]{10}\\.eml"));
        assertThat(outcome.deliveries().written()).isEqualTo(7);
        assertThat(Files.readString(dryRun.resolve("manifest-2026-10.csv")))
                .contains("outbox/ana@district.example.eml,", "district-dashboard-2026-10.pdf,");
        assertThat(Files.readString(out.resolve("2026-10/manifest-2026-10.csv"))).doesNotContain("dry-run");
    }

    /**
     * Addresses a mail server would refuse are rejected with their row when the list is read, not at sending. The
     * list has 60 more teachers, so that its 3 bad rows stay under the 5% that would hold the whole list back.
     */
    @Test
    void addressesNoServerWouldTakeAreRejectedWithTheirRowOfTheList() throws Exception {
        List<List<Object>> recipients = new ArrayList<>(DistrictInbox.RECIPIENTS);
        for (int teacher = 1; teacher <= 60; teacher++) {
            recipients.add(List.of("Teacher " + teacher, "teacher" + teacher + "@alder.example", "school:0101"));
        }
        recipients.add(List.of("Leading Dot", ".ana@district.example", "district"));
        recipients.add(List.of("Long Name", "a".repeat(65) + "@district.example", "district"));
        recipients.add(List.of("Two Dots", "ana..b@district.example", "district"));
        DistrictInbox.writeTo(inbox, recipients);

        RunOutcome outcome = monthlyRun.run(OCTOBER, inbox, out);

        assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
        assertThat(jdbc.sql("SELECT r.source_row || ' ' || r.column_name || ' ' || r.reason FROM ingest_reject r "
                + "JOIN ingest_source s ON s.source_id = r.source_id WHERE s.file_name = 'distribution-list.xlsx' "
                + "ORDER BY r.source_row").query(String.class).list()).containsExactly(
                        "69 email '.ana@district.example' cannot be delivered: the part before the @ starts or ends "
                                + "with a dot, or has two dots in a row. Correct the address in the list.",
                        "70 email '" + "a".repeat(65) + "@district.example' cannot be delivered: the part before "
                                + "the @ has 65 characters, and mail servers take at most 64. Correct the address "
                                + "in the list.",
                        "71 email 'ana..b@district.example' cannot be delivered: the part before the @ starts or "
                                + "ends with a dot, or has two dots in a row. Correct the address in the list.");
        assertThat(smtp.getReceivedMessages()).as("the list's good rows are all kept").hasSize(65);
    }

    private static Map<String, String> checksums(Path folder) throws Exception {
        Map<String, String> checksums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                checksums.put(folder.relativize(file).toString().replace('\\', '/'), ManifestTasklet.sha256(file));
            }
        }
        return checksums;
    }

    @Test
    void theManifestListsEveryFileWithItsChecksumAndRecipients() throws Exception {
        DistrictInbox.writeTo(inbox, DistrictInbox.RECIPIENTS);
        DistrictInbox.placeSchoolDashboard(out, "0101");

        monthlyRun.run(OCTOBER, inbox, out);

        List<String> lines = Files.readAllLines(out.resolve("2026-10/manifest-2026-10.csv"));
        assertThat(lines.get(0)).isEqualTo("file,bytes,sha256,recipients");
        Path dashboard = out.resolve("2026-10/district-dashboard-2026-10.pdf");
        assertThat(lines).contains("district-dashboard-2026-10.pdf," + Files.size(dashboard) + ","
                + ManifestTasklet.sha256(dashboard) + ",ana@district.example board@district.example "
                + "pat@district.example");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("schools/school-dashboard-0101-2026-10.pdf,")
                .endsWith(",jose@alder.example pat@district.example"));
        assertThat(lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactly("board-packet-2026-10.pdf", "district-dashboard-2026-10.pdf", "figures-2026-10.xlsx",
                        "figures-ledger-2026-10.csv",
                        "schools/school-dashboard-0101-2026-10.pdf", "schools/school-dashboard-0102-2026-10.pdf",
                        "schools/school-dashboard-0103-2026-10.pdf");
        assertThat(out.resolve("2026-10")).isDirectoryNotContaining("glob:**/.*");
    }

    private Map<String, List<String>> attachmentsByRecipient() throws Exception {
        Map<String, List<String>> byRecipient = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = Arrays.stream(message.getAllRecipients()).map(Address::toString)
                    .collect(Collectors.joining(","));
            byRecipient.merge(to, attachmentNames(message), (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        return byRecipient;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        }
        catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private MimeMessage messageTo(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No message to " + address);
    }

    private static List<String> attachmentNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(part.getFileName());
            }
        }
        return names;
    }

    private static byte[] attachment(MimeMessage message, String name) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("No attachment " + name);
    }

    private static String bodyText(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        return textOf(parts);
    }

    private static String textOf(Multipart parts) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            if (content instanceof String s && parts.getBodyPart(i).getFileName() == null) {
                text.append(s);
            }
            else if (content instanceof Multipart nested) {
                text.append(textOf(nested));
            }
        }
        return text.toString();
    }

    /** The first try goes out as the step starts; the second a second later (village.delivery.backoff). */
    private void awaitDeliveryStep() {
        while (jdbc.sql("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'deliverReports'")
                .query(Integer.class).single() == 0) {
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
