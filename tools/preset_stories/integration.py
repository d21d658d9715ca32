"""(c) The social-media integration model: exposure, feedback, engagement, sharing, and back."""

from __future__ import annotations

from preset_stories.steps import (
    INTEGRATION_SEED,
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

VIRAL_LOOP = ["exposure__feedback", "feedback__engagement", "engagement__sharing"]
SHARING_BACK = "sharing__exposure"


def social_media_integration(document: ModelDocument) -> Story:
    """Exposure → feedback → engagement → sharing → exposure: the viral loop (seed 002)."""
    return Story(
        "The viral loop: exposure, feedback, engagement, sharing",
        [*_viral_reveal(document), *_viral_what_ifs(document), *_viral_ending(document)],
    )


def _viral_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    first = ["exposure", "feedback"]
    return [
        stimuli_step(
            document,
            "Four kinds of platform",
            "The model starts from four kinds of platform: blogs whose content search engines "
            "rank, social bookmarking sites, social networks, and recommendation and review "
            "sites. Each slider is how well the brand uses one of them. Communication here is "
            f"no longer a 'one-way street' {source(INTEGRATION_SEED)}.",
            stimuli,
        ),
        StoryStep(
            "Exposure and feedback",
            "Content first creates exposure: people see it. Exposure invites feedback, and "
            "review sites turn the conversation 'into a valuable feedback experience' "
            f"{source(INTEGRATION_SEED)}. These are the states the platforms change first.",
            shown=[*stimuli, *first],
            reveal="hide",
            highlight=paths_between(document, [*stimuli, "exposure"], first),
            levels=drawn_levels(document),
            sliders=[],
            plotted=first,
        ),
        StoryStep(
            "Engagement, sharing and buying",
            "Feedback draws people into engagement (connecting), the 'two-way street' of "
            "social networks; connected people pass content on to their own networks "
            "(exchange, or sharing). And followers buy: consumers are '67% more likely to buy "
            "from the brands they follow on Twitter, and 51% more likely' on Facebook "
            f"{source(INTEGRATION_SEED)}, a survey's likelihood, so the weight here is "
            "illustrative.",
            shown=all_but(document),
            highlight=[
                *paths_between(document, [*stimuli, "feedback"], ["engagement", "sharing"]),
                *paths_between(document, ["engagement"], ["feedback", "sharing"]),
                "engagement__purchase_intention",
            ],
            levels=drawn_levels(document),
            sliders=[],
            plotted=["engagement", "sharing", "purchase_intention"],
        ),
    ]


def _viral_what_ifs(document: ModelDocument) -> list[StoryStep]:
    reach = ["exposure", "engagement", "sharing"]
    return [
        StoryStep(
            "Posting only",
            "Play a brand that from week 4 only posts more and better content. Exposure "
            "rises most; blog content placed into the eco-system also gives 'feedback, "
            f"engaging and sharing information all at once' {source(INTEGRATION_SEED)}, so "
            "engagement and sharing rise too, by about half as much. One platform is not the "
            "whole process.",
            highlight=paths_between(document, ["content_posting"], reach),
            scenario="Posting only",
            plotted=reach,
            play=True,
        ),
        StoryStep(
            "All four platforms",
            "Now the brand uses all four kinds of platform well from week 4. Exposure, "
            "engagement and sharing all end far higher than with posting alone; the post "
            "advises to 'consider all the elements when developing Social Media strategies' "
            f"{source(INTEGRATION_SEED)}.",
            highlight=paths_between(document, ids_with_role(document, "stimulus"), reach),
            scenario="All four platforms",
            plotted=reach,
            play=True,
        ),
        StoryStep(
            "The viral loop",
            "Follow the highlighted arrows: exposure leads to feedback, feedback to "
            "engagement, engagement to sharing, and sharing back to exposure. Content is "
            "'shared and spread virally through the connections', people linked to people "
            f"{source(INTEGRATION_SEED)}. Each pass adds less than the last (loop gain below "
            "1), so reach settles instead of exploding.",
            shown=ids_with_role(document, "organism", "response"),
            highlight=[*VIRAL_LOOP, SHARING_BACK],
            scenario="All four platforms",
            plotted=["exposure", "feedback", "engagement", "sharing"],
        ),
    ]


def _viral_ending(document: ModelDocument) -> list[StoryStep]:
    return [
        StoryStep(
            "Cut the loop",
            "This scenario cuts the arrow from sharing back to exposure, all else as before. "
            "Exposure now ends lower: the gap to the last step is the reach the viral loop "
            "itself created. The loop's weights are illustrative: the post describes the flow, "
            f"not its strength {source(INTEGRATION_SEED)}.",
            highlight=[SHARING_BACK],
            scenario="No sharing back",
            plotted=["exposure", "sharing"],
        ),
        summary_step(
            document,
            "The whole model",
            "Four kinds of platform feed one process of exposure, feedback, engagement and "
            "sharing, 'giving feedback, engaging and sharing information all at once' "
            f"{source(INTEGRATION_SEED)}. Sharing brings new exposure, so the loop multiplies "
            "every platform's effect, and connected followers are readier to buy. Try the "
            "sliders: which platform lifts purchase intention most?",
            [*VIRAL_LOOP, SHARING_BACK],
        ),
    ]
