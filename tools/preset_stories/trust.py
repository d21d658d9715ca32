"""(d) Trust, influence and engagement: trust first, then influence, then engagement."""

from __future__ import annotations

from preset_stories.steps import (
    TRUST_SEED,
    all_but,
    drawn_levels,
    ids_with_role,
    paths_between,
    source,
    stimuli_step,
    summary_step,
)
from synergy_gui.model import ModelDocument
from synergy_gui.model.story import Story, StoryStep


def trust_influence_engagement(document: ModelDocument) -> Story:
    """Trust first, then influence, then engagement (seed 003, Lipschultz 2018, Singhal 2016)."""
    return Story(
        "Trust first, then influence, then engagement",
        [*_relationship_reveal(document), *_relationship_what_ifs(document)],
    )


def _relationship_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    inner = ["trust", "influence"]
    responses = ids_with_role(document, "response")
    return [
        stimuli_step(
            document,
            "What the organization does",
            "Organizations build a relationship with consumers much as people do. What they "
            "control: direct channels where customers can speak and be answered, honest "
            "information, the fight against misinformation and fake accounts, and the choice "
            f"of relevant influencers {source(TRUST_SEED)}.",
            stimuli,
        ),
        StoryStep(
            "Trust and influence",
            "'Developing trust is paramount to the success of any relationship', the post "
            "argues, and 'media users value trustworthy information' (Lipschultz 2018, quoted "
            "there). Misinformation works "
            "against trust: the dashed arrow is negative. Influence comes from influencers "
            f"who fit the audience {source(TRUST_SEED)}.",
            shown=[*stimuli, *inner],
            reveal="hide",
            highlight=paths_between(document, [*stimuli, "trust"], inner),
            levels=drawn_levels(document),
            sliders=[],
            plotted=inner,
        ),
        StoryStep(
            "Engagement, satisfaction and patronage",
            "'Once trust and influence has been accomplished', engagement follows: 'the "
            "collective experiences that readers or viewers have with a media brand'. "
            "Engagement 'has been connected through research to satisfaction', drawn here as "
            "its outcome. Consumers are 'much more likely to connect with, and ultimately "
            f"patronize an organization that they believe they can trust' {source(TRUST_SEED)}.",
            shown=all_but(document),
            highlight=paths_between(document, [*stimuli, *inner, *responses], responses),
            levels=drawn_levels(document),
            sliders=[],
            plotted=responses,
        ),
    ]


def _relationship_what_ifs(document: ModelDocument) -> list[StoryStep]:
    outcomes = ["trust", "engagement", "patronage"]
    return [
        StoryStep(
            "Earning trust takes time",
            "From week 4 the organization answers customers directly and shares honest "
            "information. 'Can you build trust with someone you aren't able to communicate "
            "with?' Trust builds over weeks, then engagement and patronage follow; engaging "
            f"customers also builds trust back, a reinforcing loop {source(TRUST_SEED)}.",
            highlight=[
                "direct_channels__trust",
                "honest_information__trust",
                "trust__engagement",
                "engagement__trust",
            ],
            scenario="Honest and responsive",
            plotted=outcomes,
            play=True,
        ),
        StoryStep(
            "A misinformation incident",
            "Misinformation and fake accounts can end in 'damage to organizational brand' "
            f"{source(TRUST_SEED)}. Play a four-week wave of it (weeks 20-24) on the honest, "
            "responsive organization: trust drops fast and recovers much more slowly, because "
            "in this model trust falls three times faster than it builds (an assumption).",
            highlight=["misinformation__trust"],
            scenario="Misinformation incident",
            plotted=outcomes,
            play=True,
        ),
        StoryStep(
            "Influence is not trust",
            "'Organizations need to be mindful of who they select as influencers' "
            f"{source(TRUST_SEED)}. From week 4 well-chosen influencers work for the brand and "
            "nothing else changes: influence rises quickly, engagement a little, trust hardly "
            "at all. Influence does not replace trust.",
            highlight=["influencer_relevance__influence", "influence__engagement"],
            scenario="Relevant influencer",
            plotted=["trust", "influence", "engagement"],
            play=True,
        ),
        summary_step(
            document,
            "The whole relationship",
            "Honest information and direct channels earn trust, relevant influencers add "
            "influence, both lead to engagement, and trust and engagement lead people to "
            "patronize the organization. 'Like any important relationship, incorporating a "
            f"social media strategy takes time' {source(TRUST_SEED)}. Try the sliders: what "
            "does misinformation cost?",
            ["trust__engagement", "engagement__trust"],
        ),
    ]
