"""GraphML in and out: every preset round-trips; graphs from other tools read sensibly."""

from __future__ import annotations

import networkx as nx
import pytest

from synergy_gui.io.graphml import document_graph, graphml_text, parse_graphml, read_graphml
from synergy_gui.io.problems import ImportProblem
from synergy_gui.model.presets import list_presets, load_preset


@pytest.mark.parametrize("name", [info.name for info in list_presets()])
def test_every_preset_round_trips_through_graphml(name, tmp_path):
    preset = load_preset(name)
    path = tmp_path / f"{name}.graphml"
    path.write_text(graphml_text(preset), encoding="utf-8")
    result = read_graphml(path)
    assert result.warnings == []
    back = result.document
    assert back.constructs == preset.constructs
    assert back.paths == preset.paths
    assert back.junctions == preset.junctions
    assert back.meta.title == preset.meta.title


def test_a_junction_is_a_node_with_member_edges_and_one_synergy_edge():
    graph = document_graph(load_preset("synergistic_influence"))
    (junction,) = [n for n, a in graph.nodes(data=True) if a["kind"] == "junction"]
    members = sorted(s for s, _, a in graph.in_edges(junction, data=True) if a["kind"] == "member")
    assert members == ["interactivity", "personalization"]
    assert [(t, a["kind"]) for _, t, a in graph.out_edges(junction, data=True)] == [
        ("synergistic_influence", "synergy")
    ]
    assert graph.nodes[junction]["weight"] == 0.6
    trust = [a for _, _, a in graph.edges(data=True) if a.get("kind") == "trust-transfer"]
    assert trust, "the preset's trust-transfer paths keep their kind"


def test_a_graph_from_another_tool_reads_with_roles_from_the_graph_and_a_layout():
    graph = nx.DiGraph()
    graph.add_node("ads", label="Ads")
    graph.add_node("trust", label="Trust")
    graph.add_node("buy", label="Purchase")
    graph.add_edge("ads", "trust", weight=0.4)
    graph.add_edge("trust", "buy")
    graph.add_edge("buy", "buy", weight=0.2)
    text = "\n".join(nx.generate_graphml(graph))
    result = parse_graphml(text, "gephi.graphml")
    document = result.document
    assert [(c.id, c.label, c.role) for c in document.constructs] == [
        ("ads", "Ads", "stimulus"),
        ("trust", "Trust", "organism"),
        ("buy", "Purchase", "response"),
    ]
    assert {(p.source, p.target): p.weight for p in document.paths} == {
        ("ads", "trust"): 0.4,
        ("trust", "buy"): 0.3,
        ("buy", "buy"): 0.2,  # a self-loop
    }
    assert document.construct("ads").position[0] < document.construct("buy").position[0]
    messages = [str(w) for w in result.warnings]
    assert "gephi.graphml: edge 'trust' -> 'buy' has no weight; it starts at 0.3" in messages
    assert not any("self-loop" in m for m in messages)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<graphml><graph", r"g\.graphml:1:\d+: is not valid XML"),
        (
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
            "</graph></graphml>",
            "holds no nodes",
        ),
    ],
)
def test_bad_graphml_is_refused_with_its_place(text, message):
    with pytest.raises(ImportProblem, match=message):
        parse_graphml(text, "g.graphml")


def test_an_unstandardised_weight_is_taken_with_a_warning_naming_the_edge():
    graph = nx.DiGraph()
    graph.add_edge("x", "y", weight=1.48)
    result = parse_graphml("\n".join(nx.generate_graphml(graph)), "g.graphml")
    assert result.document.find_path("x", "y").weight == 1.48
    assert result.document.settings.weight_scale == "unstandardised"
    assert [str(w) for w in result.warnings] == [
        "g.graphml: edge 'x' -> 'y': the weight 1.48 is outside [-1, 1]: the weights are taken "
        "as unstandardised (settings.weight_scale), so levels may run to their bounds"
    ]
    graph.add_edge("y", "z", weight=148.0)
    with pytest.raises(ImportProblem, match=r"edge 'y' -> 'z': the weight 148 is outside"):
        parse_graphml("\n".join(nx.generate_graphml(graph)), "g.graphml")


def test_scales_and_self_loops_round_trip_through_graphml():
    document = parse_graphml("\n".join(nx.generate_graphml(_two_nodes())), "g.graphml").document
    document.settings.weight_scale, document.settings.level_range = "unstandardised", "bipolar"
    document.paths[0].weight = -2.5
    document.construct("y").initial = -0.5
    document.paths.append(type(document.paths[0])("y__y", "y", "y", 0.4))
    back = parse_graphml(graphml_text(document), "again.graphml").document
    assert (back.settings.weight_scale, back.settings.level_range) == ("unstandardised", "bipolar")
    assert {(p.source, p.target): p.weight for p in back.paths} == {
        ("x", "y"): -2.5,
        ("y", "y"): 0.4,
    }
    assert back.construct("y").initial == -0.5


def _two_nodes() -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_edge("x", "y", weight=0.3)
    return graph
