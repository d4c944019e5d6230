package org.village.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders any of the four reports as a PDF, laid out by its template: the header, then the template's sections in
 * its order, then page footers. Stateless beyond the templates it was given; one instance may render many reports,
 * also from several threads at once.
 */
public final class ReportRenderer {

    private final ReportTemplates templates;

    public ReportRenderer(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Writes the report to {@code target}, replacing it; a reader never sees a half-written file there. */
    public void render(ReportContent content, Path target) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(target, "target");
        try {
            write(layOut(content), target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + content.districtName() + " "
                    + content.kind().templateName() + " for " + ReportFormat.month(content.month()) + " to " + target
                    + ": " + e.getMessage(), e);
        }
    }

    /** The PDF's bytes, for benchmarks and callers that store reports elsewhere. */
    public byte[] layOut(ReportContent content) throws IOException {
        ReportTemplate template = templates.template(content.kind());
        Messages messages = templates.messages();
        ReportSections sections = new ReportSections(content, templates.theme(), messages);
        try (PDDocument document = new PDDocument()) {
            ReportFonts.Embedded fonts = ReportFonts.embedInto(document, templates.theme().typeface());
            try (PageCanvas canvas = new PageCanvas(document, fonts)) {
                sections.header(canvas, template);
                for (ReportTemplate.Section section : template.sections()) {
                    sections.draw(canvas, section);
                }
                canvas.footers(sections.footer(template), messages.text("footer.page"));
            }
            ReportMetadata.describe(document, sections.documentTitle(template), sections.title(template),
                    messages.text("language.tag"), ZonedDateTime.now());
            return ReportFonts.save(document);
        }
    }

    private static void write(byte[] pdf, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // A sibling, so the final move is a rename on the same file system; created like any other file, so the
        // finished report gets the usual permissions.
        Path partial = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(partial, pdf);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
