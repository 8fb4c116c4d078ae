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

COLUMNS = [
    "global_event_id", "date", "source_code", "source_name", "target_code", "target_name",
    "cameo", "goldstein", "quad_class", "is_root", "num_mentions", "num_sources",
    "num_articles", "geo_name", "geo_country", "geo_admin1", "geo_lat", "geo_lon", "geo_id",
    "date_added", "source_url", "evidence",
]


def main(parquet_path: str, csv_path: str) -> None:
    with open(csv_path, newline="", encoding="utf-8") as f:
        expected = list(csv.DictReader(f))
    assert expected, "the CSV export is empty"

    table = pq.read_table(parquet_path)
    assert table.column_names == COLUMNS, table.column_names
    assert table.num_rows == len(expected), (table.num_rows, len(expected))

    frame = pd.read_parquet(parquet_path)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == len(expected)
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
    print(f"parquet ok: {rows} events, {mentions} mentions, {len(COLUMNS)} columns "
          f"(pyarrow {pyarrow.__version__}, pandas {pd.__version__}, duckdb {duckdb.__version__})")
    check_spark(parquet_path, len(expected))


def check_spark(parquet_path: str, rows: int) -> None:
    """Reads the file with Spark, if pyspark (and a JVM) is there."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("spark: skipped (pyspark is not installed)")
        return
    spark = SparkSession.builder.master("local[1]").appName("dyad-parquet").getOrCreate()
    try:
        frame = spark.read.parquet(parquet_path)
        assert frame.columns == COLUMNS, frame.columns
        assert frame.count() == rows, (frame.count(), rows)
        cameo_type = dict(frame.dtypes)["cameo"]
        assert cameo_type == "string", cameo_type
        print(f"spark ok: {rows} events (pyspark {spark.version})")
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
