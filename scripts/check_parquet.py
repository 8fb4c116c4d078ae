#!/usr/bin/env python3
"""Checks that a `dyad export --format parquet` file reads in pyarrow,
pandas and DuckDB (and Spark, when pyspark and Java are installed) with
the columns and rows of the CSV export.

    python3 scripts/check_parquet.py events.parquet events.csv
"""
import csv
import sys

import duckdb
import pandas as pd
import pyarrow
import pyarrow.parquet as pq

# The columns come from dyad_store::columns::EVENT_COLUMNS through the CSV
# header; these must be among them, in this order.
REQUIRED = ["global_event_id", "date", "source_code", "target_code", "cameo", "goldstein",
            "quad_class", "num_mentions", "num_sources", "num_articles", "mode"]
MODES = {"asserted", "intended", "possible", "conditional", "hypothetical", "negated"}


def main(parquet_path: str, csv_path: str) -> None:
    with open(csv_path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        expected = list(reader)
        columns = list(reader.fieldnames or [])
    assert expected, "the CSV export is empty"
    at = [columns.index(name) for name in REQUIRED]
    assert at == sorted(at), (REQUIRED, columns)

    table = pq.read_table(parquet_path)
    assert table.column_names == columns, (table.column_names, columns)
    assert table.num_rows == len(expected), (table.num_rows, len(expected))

    frame = pd.read_parquet(parquet_path)
    assert list(frame.columns) == columns
    assert len(frame) == len(expected)
    assert list(frame["mode"]) == [row["mode"] for row in expected]
    assert set(frame["mode"]) <= MODES, set(frame["mode"])
    # CAMEO codes stay strings with their leading zeros.
    assert list(frame["cameo"]) == [row["cameo"] for row in expected]
    assert list(frame["global_event_id"]) == [int(row["global_event_id"]) for row in expected]
    assert int(frame["num_mentions"].sum()) == sum(int(row["num_mentions"]) for row in expected)

    con = duckdb.connect()
    rows, mentions = con.execute(
        "SELECT count(*), sum(num_mentions) FROM read_parquet(?)", [parquet_path]
    ).fetchone()
    assert rows == len(expected) and mentions == frame["num_mentions"].sum(), (rows, mentions)
    described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [parquet_path]).fetchall()
    types = {name: kind for name, kind, *_ in described}
    assert types["cameo"] == "VARCHAR" and types["num_mentions"] == "BIGINT", types
    print(f"parquet ok: {rows} events, {mentions} mentions, {len(columns)} columns "
          f"(pyarrow {pyarrow.__version__}, pandas {pd.__version__}, duckdb {duckdb.__version__})")
    check_spark(parquet_path, len(expected), columns)


def check_spark(parquet_path: str, rows: int, columns: list) -> None:
    """Reads the file with Spark, if pyspark (and a JVM) is there."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("spark: skipped (pyspark is not installed)")
        return
    spark = SparkSession.builder.master("local[1]").appName("dyad-parquet").getOrCreate()
    try:
        frame = spark.read.parquet(parquet_path)
        assert frame.columns == columns, frame.columns
        assert frame.count() == rows, (frame.count(), rows)
        cameo_type = dict(frame.dtypes)["cameo"]
        assert cameo_type == "string", cameo_type
        print(f"spark ok: {rows} events (pyspark {spark.version})")
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
