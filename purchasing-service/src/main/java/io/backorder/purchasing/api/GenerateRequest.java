package io.backorder.purchasing.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to generate: for one supplier or (null) all, counting backorders of the last includeBackordersDays. */
@Schema(example = "{ \"supplierId\": null, \"includeBackordersDays\": 30 }")
public record GenerateRequest(
        @Size(max = 64) String supplierId,
        @Min(1) @Max(3650) Integer includeBackordersDays) {
}
