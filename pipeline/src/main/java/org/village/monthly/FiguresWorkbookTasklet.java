package org.village.monthly;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.village.kpi.KpiDefinitions;
import org.village.kpi.KpiFigures;
import org.village.kpi.KpiValue;
import org.village.output.MonthFolder;
import org.village.report.Messages;

/**
 * The month's figures as a workbook beside the PDFs, for people who want the numbers: every stored figure with its
 * n and interval, suppressed cells marked (never their values) in the words and language of the reports, a sheet of
 * definitions and one of assumptions. Streamed, and moved into place only when complete.
 */
class FiguresWorkbookTasklet implements Tasklet {

    private final MonthFolder folder;
    private final KpiFigures figures;
    private final Map<String, String> schoolNames;
    private final int minimumGroupSize;
    private final Messages messages;

    FiguresWorkbookTasklet(MonthFolder folder, KpiFigures figures, Map<String, String> schoolNames,
            int minimumGroupSize, Messages messages) {
        this.folder = folder;
        this.figures = figures;
        this.schoolNames = schoolNames;
        this.minimumGroupSize = minimumGroupSize;
        this.messages = messages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path target = folder.figuresWorkbook();
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling("." + target.getFileName() + ".part");
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(partial)) {
                List<KpiValue> values = figures.month(folder.month());
                figuresSheet(workbook.createSheet("Figures"), values);
                definitionsSheet(workbook.createSheet("Definitions"));
                assumptionsSheet(workbook.createSheet("Assumptions"), figures.assumptions(folder.month()));
                workbook.write(out);
                contribution.incrementWriteCount(values.size());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The figures workbook could not be written to " + target.getParent(), e);
        }
        return RepeatStatus.FINISHED;
    }

    private void figuresSheet(Sheet sheet, List<KpiValue> values) {
        row(sheet, 0, "Month", "Period", "Scope", "Scope id", "Name", "Subgroup", "KPI", "Value", "Students (n)",
                "95% interval from", "95% interval to", "Suppressed");
        int r = 1;
        for (KpiValue v : values) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(v.reportMonth());
            row.createCell(1).setCellValue(v.periodKind().equals("MONTH") ? "month" : "school year to date");
            row.createCell(2).setCellValue(v.scope().toLowerCase(Locale.ROOT));
            row.createCell(3).setCellValue(v.scopeId());
            row.createCell(4).setCellValue(KpiValue.SCHOOL.equals(v.scope())
                    ? schoolNames.getOrDefault(v.scopeId(), v.scopeId()) : v.scopeId());
            row.createCell(5).setCellValue(v.subgroup());
            row.createCell(6).setCellValue(v.kpi());
            if (v.suppressed()) {
                // The same marks and notes as the PDFs: n<{minimum} for a small group, "withheld" for one hidden
                // only to protect a smaller group, which may rest on hundreds of students.
                row.createCell(11).setCellValue(v.withheldForAnother() ? messages.text("note.withheld")
                        : messages.text("note.suppressed", "n", minimumGroupSize));
                continue;
            }
            if (v.value() != null) {
                row.createCell(7).setCellValue(v.value().doubleValue());
            }
            row.createCell(8).setCellValue(v.n());
            if (v.lowerBound() != null) {
                row.createCell(9).setCellValue(v.lowerBound().doubleValue());
                row.createCell(10).setCellValue(v.upperBound().doubleValue());
            }
        }
    }

    private void definitionsSheet(Sheet sheet) {
        row(sheet, 0, "KPI", "Definition");
        int r = 1;
        for (Map.Entry<String, String> definition : KpiDefinitions.inOrder().entrySet()) {
            row(sheet, r++, definition.getKey(), definition.getValue());
        }
        row(sheet, r + 1, "Suppression", messages.text("note.suppressed", "n", minimumGroupSize) + " "
                + messages.text("note.withheld") + " " + messages.text("note.guarantee", "n", minimumGroupSize,
                        "largest", minimumGroupSize - 1));
    }

    private static void assumptionsSheet(Sheet sheet, List<String> assumptions) {
        row(sheet, 0, "Assumption");
        for (int i = 0; i < assumptions.size(); i++) {
            row(sheet, i + 1, assumptions.get(i));
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
