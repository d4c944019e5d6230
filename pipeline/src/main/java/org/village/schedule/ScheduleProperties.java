package org.village.schedule;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * When {@code serve} runs the month just ended, and how often a running month reports progress.
 *
 * @param cron Spring cron with seconds: second minute hour day-of-month month day-of-week; the default is 06:00 on
 *        the 2nd of every month
 * @param zone the time zone the cron is read in; empty for the machine's
 * @param progressEvery how often a long step prints where it is
 */
@ConfigurationProperties("village.schedule")
public record ScheduleProperties(
        @DefaultValue("0 0 6 2 * *") String cron,
        @DefaultValue("") String zone,
        @DefaultValue("10s") Duration progressEvery) {

    public ScheduleProperties {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("village.schedule.cron '" + cron + "' is not a cron expression: "
                    + "six fields, second minute hour day-of-month month day-of-week, e.g. '0 0 6 2 * *'");
        }
    }

    ZoneId zoneId() {
        return zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }
}
