package org.village.report;

/** The four monthly reports; each has a template of the same name in {@code report-templates/}. */
public enum ReportKind {

    DISTRICT_DASHBOARD("district-dashboard"),
    SCHOOL_DASHBOARD("school-dashboard"),
    SUCCESS_STORY("success-story"),
    BOARD_PACKET("board-packet");

    private final String templateName;

    ReportKind(String templateName) {
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
