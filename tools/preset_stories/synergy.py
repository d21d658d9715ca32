"""(a) The default model: S-O-R, co-active synergy against additive effects, trust transfer."""

from __future__ import annotations

from preset_stories.steps import (
    HIGH,
    SYNERGY_SEED,
    all_but,
    drawn_levels,
    ids_with_role,
    levels_with,
    paths_between,
    source,
    stimuli_step,
    summary_step,
)
from synergy_gui.model import ModelDocument
from synergy_gui.model.story import Story, StoryStep


def synergistic_influence(document: ModelDocument) -> Story:
    """S-O-R, co-active synergy against additive effects, trust transfer (seed 000)."""
    return Story(
        "Synergistic influence: why two levers together build more trust",
        [*_synergy_reveal(document), *_synergy_mechanisms(document), *_synergy_ending(document)],
    )


def _synergy_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    organism = ids_with_role(document, "organism")
    responses = ids_with_role(document, "response")
    return [
        stimuli_step(
            document,
            "What the consumer sees",
            "The Stimulus-Organism-Response (S-O-R) paradigm the paper builds on starts with "
            f"what the consumer meets on social media {source(SYNERGY_SEED)}. Here that is how "
            "interactive and how personalised the brand is, other consumers' eWOM, and how "
            "credible its opinion leaders and peers are: the stimuli, the levers a brand "
            "controls. Each slider holds one for the whole run.",
            ["interactivity", "personalization"],
        ),
        StoryStep(
            "What happens inside the consumer",
            "The stimuli change inner states of the consumer, the organism: a sense of "
            "synergistic influence, perceived authenticity, trust in the influencer and, at "
            "the centre, digital trust. The convergence of interactivity and personalization "
            f"'evokes perceived authenticity and digital trust' {source(SYNERGY_SEED)}. Trust "
            "moves slowly, so its line takes weeks to settle.",
            shown=[*stimuli, *organism],
            reveal="hide",
            highlight=paths_between(document, stimuli, organism),
            levels=drawn_levels(document),
            sliders=[],
            plotted=organism,
        ),
        StoryStep(
            "What the consumer does",
            "The inner states drive the responses: brand engagement, purchase intention and "
            "loyalty. In the paper's framework trust 'subsequently drives brand engagement and "
            f"loyalty' {source(SYNERGY_SEED)}. Loyalty is the slowest line: in this model it "
            "takes about a quarter of a year to follow a lasting change (an assumed time "
            "constant).",
            shown=all_but(document),
            highlight=paths_between(document, organism + responses, responses),
            levels=drawn_levels(document),
            sliders=[],
            plotted=["digital_trust", *responses],
        ),
    ]


def _synergy_mechanisms(document: ModelDocument) -> list[StoryStep]:
    levers = ["interactivity", "personalization"]
    synergy = {
        "shown": [*levers, "synergistic_influence", "digital_trust"],
        "highlight": [
            *paths_between(document, levers, ["synergistic_influence"]),
            "x_interactivity_personalization",
        ],
        "sliders": levers,
        "plotted": ["synergistic_influence", "digital_trust"],
        "play": True,
    }
    sources = ["kol_credibility", "koc_authenticity"]
    return [
        StoryStep(
            "One lever high",
            "Every other lever is now average and only interactivity is high (0.9): a brand "
            "that answers quickly but talks to everyone alike. Studies have mostly examined "
            f"interactivity and personalization as distinct constructs {source(SYNERGY_SEED)}. "
            "Watch synergistic influence and digital trust rise by interactivity's own share, "
            "and note where they end.",
            levels=levels_with(document, interactivity=HIGH),
            **synergy,
        ),
        StoryStep(
            "Both levers high: co-active, not additive",
            "Now personalization is high as well. The paper reframes the two as 'co-active "
            f"rather than additive' {source(SYNERGY_SEED)}. The × junction multiplies the two "
            "levers, so each works through the other: about a quarter of synergistic "
            "influence's rise is their product, and with either lever at 0 the other adds "
            "almost nothing. No study has measured the junction's weight (.60, illustrative); "
            "set it to 0 to see the additive model.",
            levels=levels_with(document, interactivity=HIGH, personalization=HIGH),
            **synergy,
        ),
        StoryStep(
            "Trust transfer",
            "The paper draws on trust transfer theory (Stewart 2003): trust in a source the "
            f"consumer already trusts carries over to what it presents {source(SYNERGY_SEED)}. "
            "Credible opinion leaders and genuine peers raise trust in the influencer, and the "
            "trust-transfer arrow carries it on to digital trust in the brand. KOL credibility "
            "→ trust (.33) is anchored on Hsu & Hu (2023); the transfer weight is illustrative.",
            shown=[*sources, "influencer_trust", "digital_trust"],
            highlight=[
                *paths_between(document, sources, ["influencer_trust"]),
                "influencer_trust__digital_trust",
            ],
            levels=levels_with(document, kol_credibility=HIGH, koc_authenticity=HIGH),
            plotted=["influencer_trust", "digital_trust"],
            play=True,
        ),
    ]


def _synergy_ending(document: ModelDocument) -> list[StoryStep]:
    return [
        StoryStep(
            "A campaign: trust builds slowly, loyalty lags",
            "Play a 12-week personalised campaign (weeks 4-16) on a fairly interactive brand. "
            "Synergistic influence jumps at once; digital trust builds over weeks and slips "
            "back when the campaign stops; loyalty peaks later still. The speeds are this "
            "model's assumptions, in line with the paper's aim of 'long-term trust' "
            f"{source(SYNERGY_SEED)}.",
            highlight=["digital_trust__loyalty"],
            scenario="Personalised campaign",
            plotted=["synergistic_influence", "digital_trust", "loyalty"],
            play=True,
        ),
        summary_step(
            document,
            "The whole argument",
            "Stimuli shape inner states and inner states drive responses (S-O-R); "
            "interactivity and personalization work together through the × junction; trust in "
            "influencers transfers to the brand; trust drives engagement and loyalty. The "
            "paper's advice: 'design integrated experiences combining responsiveness and "
            f"personalization' {source(SYNERGY_SEED)}. Try the sliders.",
            ["x_interactivity_personalization", "influencer_trust__digital_trust"],
        ),
    ]
