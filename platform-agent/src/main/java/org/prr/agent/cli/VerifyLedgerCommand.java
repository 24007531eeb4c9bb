package org.prr.agent.cli;

import java.io.PrintStream;
import org.prr.agent.verification.LedgerVerification;
import org.springframework.stereotype.Component;

/** {@code verify-ledger}: check the receipts against the portal's chain and signed checkpoint now. */
@Component
class VerifyLedgerCommand implements Command {

    private final LedgerVerification verification;

    VerifyLedgerCommand(LedgerVerification verification) {
        this.verification = verification;
    }

    @Override
    public String name() {
        return "verify-ledger";
    }

    @Override
    public int run(CommandOptions options, PrintStream out, PrintStream err) {
        LedgerVerification.Outcome outcome = verification.check();
        switch (outcome.verdict()) {
            case INTACT -> out.println("ledger INTACT: " + outcome.entries() + " entries recompute, "
                    + outcome.receipts() + " receipts found unchanged, signed checkpoint at seq "
                    + outcome.checkpointSeq());
            case MISMATCH -> err.println("ledger MISMATCH: " + outcome.problem());
            case UNCHECKED -> err.println("ledger not checked: " + outcome.problem());
        }
        return outcome.verdict() == LedgerVerification.Verdict.INTACT ? 0 : 1;
    }
}
