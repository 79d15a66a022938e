"""Loads our exports with the libraries their users load them with, and says
what they found as one JSON object on stdout. Run by server/src/test/exportSuite.ts (pythonTools.ts):

    python3 checkExports.py ftm FILE
    python3 checkExports.py graphml FILE
    python3 checkExports.py cytoscape FILE
    python3 checkExports.py csv NODES_FILE EDGES_FILE
"""

import json
import sys
from collections import Counter


def check_ftm(path):
    from followthemoney import model

    errors = []
    schemata = Counter()
    ids = set()
    refs = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        data = json.loads(line)
        schema = model.get(data.get("schema"))
        if schema is None:
            errors.append(f"line {n}: unknown schema {data.get('schema')!r}")
            continue
        proxy = model.get_proxy(data, cleaned=False)
        for prop, values in data.get("properties", {}).items():
            p = schema.get(prop)
            if p is None:
                errors.append(f"line {n}: {schema.name} has no property {prop!r}")
                continue
            if p.stub:
                errors.append(f"line {n}: {schema.name}.{prop} is a stub (reverse) property")
            for v in values:
                if p.type.clean(v, proxy=proxy) is None:
                    errors.append(f"line {n}: {schema.name}.{prop}: invalid value {v!r}")
                elif p.type.name == "entity":
                    refs.append((n, f"{schema.name}.{prop}", v, p.range))
            kept = proxy.get(prop)
            if len(kept) != len(set(values)):
                errors.append(f"line {n}: {schema.name}.{prop}: {len(set(values))} values, kept {len(kept)}")
        ids.add(data["id"])
        schemata[schema.name] += 1
    by_id = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            by_id[d["id"]] = model.get(d["schema"])
    for n, prop, v, rng in refs:
        target = by_id.get(v)
        if target is None:
            errors.append(f"line {n}: {prop} refers to {v!r}, not in the file")
        elif rng is not None and not target.is_a(rng):
            errors.append(f"line {n}: {prop} refers to a {target.name}, not a {rng.name}")
    return {"errors": errors[:50], "errorCount": len(errors), "entities": len(ids), "schemata": schemata}


def check_graphml(path):
    import networkx as nx

    g = nx.read_graphml(path)
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "graph": g.graph,
        "nodesWithLabel": sum(1 for _, d in g.nodes(data=True) if d.get("label")),
        "edgesWithRelation": sum(1 for *_, d in g.edges(data=True) if d.get("relation")),
    }


def check_cytoscape(path):
    import networkx as nx

    data = json.load(open(path, encoding="utf-8"))
    g = nx.cytoscape_graph(data)
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": g.graph,
        "nodesWithName": sum(1 for _, d in g.nodes(data=True) if d.get("name")),
    }


def check_csv(nodes, edges):
    import pandas as pd

    n = pd.read_csv(nodes, comment="#")
    e = pd.read_csv(edges, comment="#")
    return {
        "nodes": len(n),
        "edges": len(e),
        "nodeColumns": list(n.columns),
        "edgeColumns": list(e.columns),
        "edgeTypes": sorted(set(e["Type"])) if "Type" in e else [],
        "relations": sorted(set(e["Relation"])) if "Relation" in e else [],
        "danglingEdges": int((~e["Source"].isin(n["Id"]) | ~e["Target"].isin(n["Id"])).sum()),
    }


if __name__ == "__main__":
    kind, *files = sys.argv[1:]
    check = {"ftm": check_ftm, "graphml": check_graphml, "cytoscape": check_cytoscape, "csv": check_csv}[kind]
    print(json.dumps(check(*files), default=str))
