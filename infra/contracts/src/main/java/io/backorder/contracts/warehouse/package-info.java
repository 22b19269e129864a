/** Input from warehouse scanners, on {@code warehouse.receipts} and {@code POST /api/receipts}; untrusted, validated. */
package io.backorder.contracts.warehouse;
