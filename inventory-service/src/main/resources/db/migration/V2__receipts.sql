-- Receipts taken, by receiptId: a scanner that sends the same receipt twice (REST or topic)
-- adds its units once.
create table receipt (
    receipt_id  varchar(64) primary key,
    sku         varchar(64) not null,
    quantity    int         not null,
    po_number   varchar(32),
    scanner_id  varchar(64),
    received_at timestamptz not null default now()
);
