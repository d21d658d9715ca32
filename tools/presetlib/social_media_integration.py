"""(c) Social-media integration model: exposure, feedback, engagement, sharing, the viral loop."""

from __future__ import annotations

from presetlib import sources as src
from presetlib.build import PresetBuilder, step
from synergy_gui.model import Meta, ModelDocument

FILE_NAME = "social_media_integration.synergy.json"

SEED = src.INTEGRATION_MODEL_SEED
ASSUMED = "illustrative (assumed): the blog post describes the flow, not its strength"

META = Meta(
    title="Social-media integration model: the viral loop",
    description=(
        "Communication on social media is no longer a one-way street. Four kinds of platform "
        "(blogs with their search reach, social bookmarking, social networks, and "
        "recommendation and review sites) feed one process: exposure leads to feedback, "
        "feedback to engagement (connecting), engagement to sharing (exchange), and sharing "
        "back to more exposure: the viral loop. In class: compare 'Posting only' with 'All "
        "four platforms', then cut the loop in 'No sharing back' and see how much of the reach "
        "the loop itself created. The loop gain is below 1, so reach settles instead of "
        "exploding. All weights are illustrative; the source is a practitioner blog post "
        "without numbers. Time is in weeks."
    ),
    references=[SEED, src.MEHRABIAN_RUSSELL_1974, src.SMM_GLOSSARY_SEED],
)


def _constructs(b: PresetBuilder) -> None:
    b.construct(
        "content_posting",
        "Content posting (blogs)",
        "stimulus",
        (0, 0),
        (1, 1),
        "How much and how well the brand publishes content on its blog and pages, which "
        "search engines rank and show to new people.",
        [SEED],
        initial=0.7,
    )
    b.construct(
        "social_bookmarking",
        "Social bookmarking",
        "stimulus",
        (0, 1),
        (1, 1),
        "Putting the content on bookmarking and link-sharing sites, which place it into the "
        "active social-media eco-system.",
        [SEED],
        initial=0.6,
    )
    b.construct(
        "social_networking",
        "Social networking",
        "stimulus",
        (0, 2),
        (1, 1),
        "The brand's two-way presence on social networks, where it can connect with the "
        "public through conversation.",
        [SEED],
        initial=0.65,
    )
    b.construct(
        "recommendations_reviews",
        "Recommendations & reviews",
        "stimulus",
        (0, 3),
        (1, 1),
        "Recommendation and review sites where people rate and discuss the brand, turning "
        "conversation into feedback.",
        [SEED, src.SMM_GLOSSARY_SEED],
        initial=0.6,
    )
    b.construct(
        "exposure",
        "Exposure",
        "organism",
        (1, 0.5),
        (1, 1),
        "How many people see the brand's content (its reach).",
        [SEED],
    )
    b.construct(
        "feedback",
        "Feedback",
        "organism",
        (2, 1.5),
        (1, 1),
        "People responding to the content: comments, ratings, questions.",
        [SEED],
    )
    b.construct(
        "engagement",
        "Engagement (connecting)",
        "response",
        (3, 2),
        (2, 2),
        "People connecting with the brand in a lasting two-way relationship: following, "
        "joining conversations.",
        [SEED, src.SMM_GLOSSARY_SEED],
    )
    b.construct(
        "sharing",
        "Sharing (exchange)",
        "response",
        (3, 0.5),
        (1, 1),
        "People passing the content on to their own connections, which spreads it virally.",
        [SEED],
    )


def _paths(b: PresetBuilder) -> None:
    links = [
        (
            "content_posting",
            "exposure",
            0.40,
            "Regular, well-ranked posts bring the brand in front of more people.",
        ),
        (
            "social_bookmarking",
            "exposure",
            0.25,
            "Bookmarked content reaches people through the social eco-system.",
        ),
        ("social_bookmarking", "sharing", 0.20, "Bookmarking sites make content easy to pass on."),
        (
            "social_networking",
            "engagement",
            0.30,
            "A two-way presence on social networks invites people to connect.",
        ),
        (
            "recommendations_reviews",
            "feedback",
            0.35,
            "Review sites channel the conversation into feedback.",
        ),
        ("recommendations_reviews", "exposure", 0.15, "Reviews also widen the brand's reach."),
        ("exposure", "feedback", 0.45, "The more people see the content, the more respond to it."),
        (
            "feedback",
            "engagement",
            0.45,
            "Conversation draws people into a relationship with the brand.",
        ),
        (
            "engagement",
            "feedback",
            0.20,
            "Connected people keep the conversation going: the long-lasting feedback process.",
        ),
        (
            "engagement",
            "sharing",
            0.50,
            "People who feel connected pass the content on to their own networks.",
        ),
        (
            "sharing",
            "exposure",
            0.45,
            "The viral loop: shared content reaches friends of friends, so exposure grows.",
        ),
    ]
    for source, target, weight, text in links:
        b.path(source, target, weight, text, [SEED], ASSUMED)


def _scenarios(b: PresetBuilder) -> None:
    four = {
        "content_posting": step(0.8, 4),
        "social_bookmarking": step(0.8, 4),
        "social_networking": step(0.8, 4),
        "recommendations_reviews": step(0.8, 4),
    }
    b.scenario("Baseline", "Every platform used at the average level (0.5): nothing moves.")
    b.scenario(
        "Posting only",
        "From week 4 the brand posts more and better content (0.8) but does nothing else.",
        schedules={"content_posting": step(0.8, 4)},
    )
    b.scenario(
        "All four platforms",
        "From week 4 the brand uses all four kinds of platform well (0.8 each).",
        schedules=four,
    )
    b.scenario(
        "No sharing back",
        "As 'All four platforms', but sharing no longer brings new exposure: the viral loop "
        "is cut. The gap to 'All four platforms' is what the loop adds.",
        schedules=four,
        weight_overrides={"sharing__exposure": 0.0},
    )


def build() -> ModelDocument:
    """The social-media integration preset as a document."""
    b = PresetBuilder(META, focus=["exposure", "engagement", "sharing"])
    _constructs(b)
    _paths(b)
    _scenarios(b)
    return b.finish()
