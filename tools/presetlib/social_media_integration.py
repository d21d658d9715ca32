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
        "(blogging with its search reach, social bookmarking, social networking, and "
        "recommendation and review sites) feed one process: exposure leads to feedback, "
        "feedback to engagement (connecting), engagement to sharing (exchange), and sharing "
        "back to more exposure: the viral loop. Blog content placed into the eco-system also "
        "feeds feedback, engagement and sharing directly, 'all at once'. People who connect "
        "with (follow) a brand are more willing to buy from it: the post cites surveys in "
        "which followers were 67 % (Twitter) and 51 % (Facebook) more likely to buy, a "
        "relative likelihood, not a path weight. In class: compare 'Posting only' with 'All "
        "four platforms', then cut the loop in 'No sharing back' and see how much of the reach "
        "and purchase intention the loop itself created. The loop gain is below 1, so reach "
        "settles instead of exploding. All weights are illustrative; the source is a "
        "practitioner blog post without coefficients. Time is in weeks."
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
        "purchase_intention",
        "Purchase intention",
        "response",
        (4, 2),
        (2, 2),
        "How willing people are to buy from the brand. The post's only numbers attach here: "
        "consumers are '67% more likely to buy from the brands they follow on Twitter, and "
        "51% more likely to buy from a brand they follow on Facebook' (a survey by Chadwick "
        "Martin Bailey and iModerate Research Technologies, via Mashable).",
        [SEED],
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
    _all_at_once(b)
    b.path(
        "engagement",
        "purchase_intention",
        0.30,
        "People who follow and connect with a brand are more willing to buy from it.",
        [SEED],
        "illustrative (assumed): the post reports followers 67 % (Twitter) and 51 % "
        "(Facebook) more likely to buy from brands they follow, relative likelihoods from a "
        "survey that give the direction, not a standardised weight; no coefficient is given",
    )


def _all_at_once(b: PresetBuilder) -> None:
    """Blog content placed into the eco-system feeds feedback, engagement and sharing at once."""
    note = (
        ASSUMED + ": blogging platforms deliver 'the most effective exposure impact (giving "
        "feedback, engaging and sharing information all at once)', and social bookmarking "
        "places 'content (such as blogs or web pages) into an active eco-system'"
    )
    links = [
        ("feedback", 0.15, "Blog posts invite comments and ratings of their own."),
        ("engagement", 0.10, "Blog readers connect with the brand directly."),
        ("sharing", 0.15, "Blog content in the eco-system is passed on directly."),
    ]
    for target, weight, text in links:
        b.path("content_posting", target, weight, text, [SEED], note)


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
    b = PresetBuilder(META, focus=["exposure", "engagement", "sharing", "purchase_intention"])
    _constructs(b)
    _paths(b)
    _scenarios(b)
    return b.finish()
