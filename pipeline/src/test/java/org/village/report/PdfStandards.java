package org.village.report;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, run from tests on a rendered report: {@link #assertPdfUa1} for screen-reader accessibility (ISO 14289-1)
 * and {@link #assertPdfA2a} for archiving (ISO 19005-2, level a). A failure lists every failed rule with its clause,
 * what it requires and where in the file it failed, so the message alone says what to fix.
 */
public final class PdfStandards {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {
    }

    public static void assertPdfUa1(Path pdf) {
        assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    public static void assertPdfA2a(Path pdf) {
        assertCompliant(pdf, PDFAFlavour.PDFA_2_A);
    }

    /**
     * The failed rules, one line each: clause and test number, what the rule requires, how many times it failed and
     * where first. Empty when the file conforms.
     */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, List<TestAssertion>> byRule = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(TestAssertion::getRuleId, LinkedHashMap::new, Collectors.toList()));
            List<String> failures = new ArrayList<>();
            byRule.forEach((rule, failed) -> failures.add(describe(result, rule, failed)));
            return failures;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate " + pdf + " as " + flavour.getId() + ": " + e, e);
        }
    }

    private static void assertCompliant(Path pdf, PDFAFlavour flavour) {
        List<String> failures = failures(pdf, flavour);
        if (!failures.isEmpty()) {
            fail("%s is not %s; %d failed check(s):%n  %s", pdf.getFileName(), flavour.getId(), failures.size(),
                    String.join(System.lineSeparator() + "  ", failures));
        }
    }

    private static String describe(ValidationResult result, RuleId id, List<TestAssertion> failed) {
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        TestAssertion first = failed.get(0);
        String description = rule == null ? first.getMessage() : rule.getDescription();
        String detail = first.getErrorMessage() == null ? "" : " [" + first.getErrorMessage() + "]";
        return id.getClause() + "-" + id.getTestNumber() + " " + description + detail + " (" + failed.size()
                + (failed.size() == 1 ? " time" : " times") + ", first at " + first.getLocation().getContext() + ")";
    }
}
