"""`renmian career` and `renmian who-held` with attestations, on two hand-written notices: 普府〔2021〕30号
appoints 钱伟 区水务局局长 on 2021-03-01; 普府办〔2022〕5号 lists him (and 孙丽, who has no appointment
recorded) in a working group on 2022-05-10."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from graph_builder.cli.main import app

APPOINTED = """上海市普陀区人民政府关于钱伟同志职务任免的通知

普府〔2021〕30号

区人民政府决定：

任命钱伟同志为上海市普陀区水务局局长。

上海市普陀区人民政府

2021年3月1日
"""

LISTED = """上海市普陀区人民政府办公室关于成立普陀区河长制工作领导小组的通知

普府办〔2022〕5号

经区政府研究，决定成立领导小组，组成人员如下：

组  长：钱  伟 区水务局局长
成  员：孙  丽 区绿化市容局局长

上海市普陀区人民政府办公室

2022年5月10日
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_career_shows_the_attested_day_and_who_held_says_what_it_rests_on(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(APPOINTED, encoding="utf-8")
    (src / "b.txt").write_text(LISTED, encoding="utf-8")
    db = str(tmp_path / "db")
    assert run("build", str(src), "--db", db).exit_code == 0
    (tenure,) = json.loads(run("career", "钱伟", "--db", db, "--json").stdout)
    assert (tenure["post"], tenure["start"]) == ("上海市普陀区水务局局长", "2021-03-01")
    assert [(p["date"], p["doc_number"]) for p in tenure["attested"]] == [("2022-05-10", "普府办〔2022〕5号")]
    table = run("career", "钱伟", "--db", db).stdout
    assert "2022-05-10" in table and "attested" in table
    greenery = run("who-held", "区绿化市容局局长", "--on", "2022-05-10", "--db", db, "--json")
    (sun,) = json.loads(greenery.stdout)
    assert (sun["person"], sun["status"], sun["certainty"]) == ("孙丽", "attested", "attested")
    assert sun["sources"][0]["cite"] == "listed in 普府办〔2022〕5号 of 2022-05-10: 孙 丽 区绿化市容局局长"
    (held,) = json.loads(run("who-held", "区水务局局长", "--on", "2022-05-10", "--db", db, "--json").stdout)
    assert (held["person"], held["certainty"]) == ("钱伟", "certainly")  # an appointment stands behind it
