package org.prr.portal.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.prr.model.ledger.CheckpointExport;
import org.prr.portal.intake.SignedCall;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A platform reads its own chain and a checkpoint of its head signed now by the portal (signed calls), so its agent
 * can check that everything it was given a receipt for is in the chain unchanged, and that the portal vouches for
 * that chain.
 */
@RestController
@Validated
class OwnLedgerController {

    private final Ledger ledger;
    private final Checkpoints checkpoints;

    OwnLedgerController(Ledger ledger, Checkpoints checkpoints) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/ledger/own")
    List<Entry> entries(
            SignedCall caller,
            @RequestParam(defaultValue = "1") @Min(1) long fromSeq,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(1000) int limit) {
        return ledger.entries(caller.platformId(), fromSeq, limit);
    }

    @GetMapping("/api/v1/ledger/own/checkpoint")
    CheckpointExport checkpoint(SignedCall caller) {
        return checkpoints.export(List.of(caller.platformId()));
    }
}
