#!/usr/bin/env python3
"""The analyst's script of issue 14: the baseline ConsolidateBenchmark runs beside `consolidate`.

Reads every sheet of every district workbook under INPUT with pandas + openpyxl (xls through xlrd
when it is installed, otherwise skipped and counted) and inserts every row into one SQLite table, as a
provincial analyst would to get the rows into a database: no validation, no normalisation, no
history, no report. What it measures is the floor of "read the files and store the rows".

    /usr/bin/python3 analyst_baseline.py INPUT_DIR SQLITE_FILE

Prints one line: files, sheets, rows, seconds.
Debian packages: python3-pandas python3-openpyxl.
"""
import os
import sqlite3
import sys
import time
import warnings

import pandas as pd

# openpyxl warns once per file about the missing default style of files saved by other programs.
warnings.filterwarnings("ignore", category=UserWarning)


def workbooks(folder):
    for root, _, names in os.walk(folder):
        for name in sorted(names):
            if name.lower().endswith((".xlsx", ".xlsm", ".xls")) and not name.startswith("~$"):
                yield os.path.join(root, name)


def main(folder, database):
    started = time.monotonic()
    if os.path.exists(database):
        os.remove(database)
    db = sqlite3.connect(database)
    db.execute("create table sheet_row (file text, sheet text, excel_row integer, cells text)")
    files = sheets = rows = skipped = 0
    for path in workbooks(folder):
        try:
            book = pd.read_excel(path, sheet_name=None, header=None, dtype=str)
        except Exception as error:  # a file pandas cannot open: the analyst moves on
            skipped += 1
            print(f"skipped {path}: {type(error).__name__}", file=sys.stderr)
            continue
        files += 1
        for sheet, frame in book.items():
            sheets += 1
            frame = frame.fillna("")
            records = [(path, sheet, i + 1, "\t".join(values))
                       for i, values in enumerate(frame.itertuples(index=False, name=None))]
            db.executemany("insert into sheet_row values (?, ?, ?, ?)", records)
            rows += len(records)
        db.commit()
    db.close()
    print(f"analyst baseline: {files} files, {sheets} sheets, {rows} rows, {skipped} skipped, "
          f"{time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
