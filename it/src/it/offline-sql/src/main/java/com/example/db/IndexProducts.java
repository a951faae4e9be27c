package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Index;

@Revision(id = "6b1d2f3a4c5e", revises = "5a0c1e2f3b4d", message = "index products")
public final class IndexProducts implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createIndex(Index.of("ix_products_category", "products", "category_id", "price"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("products", "ix_products_category");
    }
}
