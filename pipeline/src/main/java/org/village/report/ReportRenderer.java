package org.village.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.village.report.ReportContent.Story;

/**
 * Renders any of the four reports as a PDF, laid out by its template: the header, then the template's sections in
 * its order, then page footers. Stateless beyond the templates it was given; one instance may render many reports,
 * also from several threads at once.
 */
public final class ReportRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRenderer.class);

    private final ReportTemplates templates;

    public ReportRenderer(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * Writes the report to {@code target}, replacing it; a reader never sees a half-written file there. Returns every
     * figure it printed, with its page and where it comes from, for the month's figure ledger.
     */
    public List<DrawnFigure> render(ReportContent content, Path target) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(target, "target");
        try {
            Rendered rendered = rendered(content);
            write(rendered.pdf(), target);
            return rendered.figures();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + content.districtName() + " "
                    + content.kind().templateName() + " for " + ReportFormat.month(content.month()) + " to " + target
                    + ": " + e.getMessage(), e);
        }
    }

    /** The PDF's bytes, for benchmarks and callers that store reports elsewhere. */
    public byte[] layOut(ReportContent content) throws IOException {
        return rendered(content).pdf();
    }

    /** A report's bytes and the figures printed in them. */
    private record Rendered(byte[] pdf, List<DrawnFigure> figures) {
    }

    private Rendered rendered(ReportContent content) throws IOException {
        List<DrawnFigure> figures = new ArrayList<>();
        try (PDDocument document = laidOut(content, figures)) {
            boolean storyOverflows = content.kind() == ReportKind.SUCCESS_STORY && content.story() != null
                    && document.getNumberOfPages() > 1;
            if (!storyOverflows) {
                return new Rendered(ReportFonts.save(document), figures);
            }
        }
        figures.clear();
        try (PDDocument document = laidOut(storyOnOnePage(content), figures)) {
            return new Rendered(ReportFonts.save(document), figures);
        }
    }

    /**
     * The story, overflowing its one-pager, cut to its longest run of whole sentences that keeps the page to one,
     * found by bisection since each try is a full layout. A story too long to print whole is a message for whoever
     * runs Village, not for the public reader, so it goes to the log; the PDF shows only the editor's mark for the
     * cut. When not even its first sentence fits, the story is printed whole, over more pages, rather than cut to
     * nothing.
     */
    private ReportContent storyOnOnePage(ReportContent content) throws IOException {
        Story story = content.story();
        StoryExcerpt excerpt = new StoryExcerpt(story.text(), templates.messages().locale());
        int fits = 0;
        int low = 1;
        int high = excerpt.sentences() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (pages(content.withStory(story.withText(excerpt.first(middle)))) <= 1) {
                fits = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        String where = "The success story \"" + story.title() + "\" of " + story.partnerName() + " for "
                + ReportFormat.month(content.month());
        if (fits == 0) {
            LOG.warn("{} does not fit its one page even cut to its first sentence; it is printed whole, over more "
                    + "than one page. Ask the partner for a shorter story, in shorter sentences.", where);
            return content;
        }
        String shortened = excerpt.first(fits);
        int printedWords = StoryExcerpt.words(shortened.replace(StoryExcerpt.OMITTED, ""));
        LOG.warn("{} is too long for its one page: printed its first {} of {} sentences ({} of {} words) and marked "
                + "the cut with [\u2026]. Ask the partner for a story of about {} words to print it whole.", where,
                fits, excerpt.sentences(), printedWords, StoryExcerpt.words(story.text()), printedWords);
        return content.withStory(story.withText(shortened));
    }

    private int pages(ReportContent content) throws IOException {
        try (PDDocument document = laidOut(content, new ArrayList<>())) {
            return document.getNumberOfPages();
        }
    }

    /** The report drawn into a new document, not yet saved, its figures added to {@code figures}; the caller closes it. */
    private PDDocument laidOut(ReportContent content, List<DrawnFigure> figures) throws IOException {
        ReportTemplate template = templates.template(content.kind());
        Messages messages = templates.messages();
        ReportSections sections = new ReportSections(content, templates.theme(), messages);
        PDDocument document = new PDDocument();
        try {
            ReportFonts.Embedded fonts = ReportFonts.embedInto(document, templates.theme().typeface());
            try (PageCanvas canvas = new PageCanvas(document, fonts)) {
                sections.header(canvas, template);
                if (sections.nothingToSay()) {
                    sections.sayNothingToReport(canvas);
                }
                else {
                    for (ReportTemplate.Section section : template.sections()) {
                        sections.draw(canvas, section);
                    }
                }
                canvas.footers(sections.footer(template), messages.text("footer.page"));
            }
            figures.addAll(sections.drawn());
            ReportMetadata.describe(document, sections.documentTitle(template), sections.title(template),
                    messages.text("language.tag"), ZonedDateTime.now());
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
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
