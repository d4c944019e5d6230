package org.village.monthly;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.village.output.MonthFolder;

/** Writes the month's figure ledger beside its reports, once every report of the month is rendered. */
class FigureLedgerTasklet implements Tasklet {

    private final MonthFolder folder;
    private final FigureLedger ledger;

    FigureLedgerTasklet(MonthFolder folder, FigureLedger ledger) {
        this.folder = folder;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        contribution.incrementWriteCount(ledger.write(folder));
        return RepeatStatus.FINISHED;
    }
}
