"""Write semopy's inspect() table of Bollen's political democracy model (shipped with
semopy) as CSV, standardised estimates included: the reference the coefficient-table reader
is tested on. Run it in a throwaway virtualenv with semopy; the test suite never imports it.

    python -m venv /tmp/semopy-env && /tmp/semopy-env/bin/pip install semopy
    /tmp/semopy-env/bin/python tests/io/reference/make_semopy_table.py
"""

from pathlib import Path

import semopy

DESCRIPTION = """
ind60 =~ x1 + x2 + x3
dem60 =~ y1 + y2 + y3 + y4
dem65 =~ y5 + y6 + y7 + y8
dem60 ~ ind60
dem65 ~ ind60 + dem60
"""

model = semopy.Model(DESCRIPTION)
model.fit(semopy.examples.political_democracy.get_data())
table = model.inspect(std_est=True)
out = Path(__file__).resolve().parent.parent / "data" / "semopy_inspect_democracy.csv"
table.to_csv(out)
print(table.to_string())
