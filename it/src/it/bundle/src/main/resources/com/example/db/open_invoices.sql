-- The open invoices, for the billing report.
CREATE VIEW open_invoices AS SELECT number, total, due_date FROM invoices;
