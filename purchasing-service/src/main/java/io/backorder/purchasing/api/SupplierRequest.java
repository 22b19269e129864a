package io.backorder.purchasing.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Defines or changes a supplier. */
@Schema(example = "{ \"name\": \"Acme Supply\", \"email\": \"orders@acme.example\", \"leadTimeDays\": 7 }")
public record SupplierRequest(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @NotNull @PositiveOrZero @Max(365) Integer leadTimeDays) {
}
