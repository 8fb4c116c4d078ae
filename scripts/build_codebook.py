#!/usr/bin/env python3
"""Rebuilds crates/dyad-code/data/codebook.tsv from the CAMEO Goldstein table
and the PLOVER conversion table (facts: codes, scores, types).

    python3 scripts/build_codebook.py ../shared/data/cameo > crates/dyad-code/data/codebook.tsv

QuadClass follows CAMEO's roots: 01-05 verbal cooperation (1), 06-08
material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
"""
import pathlib
import sys


# CAMEO names the PLOVER table does not carry: the roots, and roots 01 and
# 02, which PLOVER does not map (their PLOVER type stays empty).
NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
    "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
    "19": "Fight", "20": "Use unconventional mass violence",
    "010": "Make statement, not specified below", "011": "Decline comment", "012": "Make pessimistic comment",
    "013": "Make optimistic comment", "014": "Consider policy option", "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility", "017": "Engage in symbolic act", "018": "Make empathetic comment",
    "019": "Express accord", "020": "Appeal, not specified below", "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation", "023": "Appeal for aid", "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping", "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change", "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime", "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions", "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement", "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute", "028": "Appeal to others to engage in or accept mediation",
}


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main() -> None:
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/cameo")
    goldstein = {}
    for line in (src / "goldstein.tsv").read_text().splitlines()[1:]:
        code, value = line.split("\t")
        goldstein[code.strip()] = float(value)
    plover = {}
    for line in (src / "cameo2plover-2021.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#") or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        rest, _, name = rest.partition("#")
        fields = [f.strip() for f in rest.split(",")] + ["", "", ""]
        plover[code.strip()] = (fields[0], fields[1], name.strip())
    print("# codebook.tsv: every CAMEO event code dyad emits, with its Goldstein score,")
    print("# QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,")
    print("# 4 material conflict), PLOVER event type and mode, and its name. Rebuilt by")
    print("# scripts/build_codebook.py from the CAMEO Goldstein table and the PLOVER 2021")
    print("# conversion table.")
    print("code\tgoldstein\tquad_class\tplover_type\tplover_mode\tname")
    for code in sorted(goldstein, key=lambda c: (c[:2], c)):
        ptype, mode, _ = plover.get(code, plover.get(code[:3], plover.get(code[:2], ("", "", ""))))
        name = plover.get(code, ("", "", ""))[2] or NAMES.get(code, "")
        print(f"{code}\t{goldstein[code]}\t{quad_class(code)}\t{ptype}\t{mode}\t{name}")


if __name__ == "__main__":
    main()
