package io.kaidian.grading;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A run published a month's grades (R-GRADE): one event per run, whatever the number of
 * merchants. The merchants whose level moved are told by a paged mailing, not by this
 * event (docs/adr/0033-grading-mailing-and-grace.md).
 *
 * @param runId the run
 * @param month the month graded
 * @param ruleVersion the rules applied
 * @param merchants how many merchants were graded
 * @param rerun whether it replaced an earlier publication
 */
public record MonthGraded(UUID runId, YearMonth month, int ruleVersion, long merchants, boolean rerun) {
}
