package com.example.db;

import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.Revision;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;

@Revision(id = "5a0c1e2f3b4d", message = "create catalog")
public final class CreateCatalog implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.named("categories")
                .column(Column.of("id", SqlType.INTEGER).notNull())
                .column(Column.of("name", SqlType.varchar(50)).notNull())
                .primaryKey("id")
                .unique(Unique.of("name")));
        op.createTable(Table.named("products")
                .column(Column.of("id", SqlType.BIGINT).identity())
                .column(Column.of("category_id", SqlType.INTEGER).notNull())
                .column(Column.of("price", SqlType.decimal(10, 2)).notNull().defaultValue(0))
                .column(Column.of("added_at", SqlType.TIMESTAMP_TZ).notNull().defaultValue(DefaultValue.currentTimestamp()))
                .primaryKey("id")
                .foreignKey(ForeignKey.of("category_id", "categories", "id").onDelete(ReferentialAction.CASCADE))
                .check(Check.of("ck_products_price", "price >= 0")));
        op.bulkInsert("categories", Rows.of("id", "name").add(1, "books").add(2, "music"));
        op.executeScript("catalog_view.sql");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP VIEW category_sizes");
        op.dropTable("products");
        op.dropTable("categories");
    }
}
