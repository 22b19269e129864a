/** Constraints of the input records that the standard jakarta.validation annotations cannot say. */
package io.backorder.contracts.validation;
