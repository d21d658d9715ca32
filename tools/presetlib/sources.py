"""Citation strings of the presets, copied from the seed documents and the literature notes.

Only these strings are cited; numbers are quoted only where published-paths.json marks them
verified. Seed texts without named authors are cited by their title and say so.
"""

MEHRABIAN_RUSSELL_1974 = (
    "Mehrabian, A., & Russell, J. A. (1974). An approach to environmental psychology. MIT Press."
)
SULTAN_2021 = (
    "Sultan, P., Wong, H. Y., & Azam, M. S. (2021). How perceived communication source and "
    "food value stimulate purchase intention of organic food: An examination of the "
    "stimulus-Organism-Response (SOR) model. Journal of Cleaner Production, 312, 127807. "
    "https://doi.org/10.1016/j.jclepro.2021.127807"
)
STEWART_2003 = (
    "Stewart, K. J. (2003). Trust transfer on the World Wide Web. Organization Science, "
    "14(1), 5–17. https://doi.org/10.1287/orsc.14.1.5.12810"
)
KIM_KO_2012 = (
    "Kim, A. J., & Ko, E. (2012). Do social media marketing activities enhance customer "
    "equity? An empirical study of luxury fashion brand. Journal of Business Research, "
    "65(10), 1480–1486. https://doi.org/10.1016/j.jbusres.2011.10.014"
)
ZULKIFLI_2026 = (
    "Zulkifli, A. (2026). Synergistic Influence in Social Media Marketing: Integrating "
    "Interactivity and Personalization to Build Consumer Trust and Brand Engagement. "
    "Proceeding International Conference on Economic and Social Sciences, 3, 182–194."
)
BOZKURT_2021 = (
    "Bozkurt, S., Gligor, D. M., & Babin, B. J. (2021). The role of perceived firm social "
    "media interactivity in facilitating customer engagement behaviors. European Journal of "
    "Marketing, 55(4), 995–1022. https://doi.org/10.1108/EJM-07-2019-0613"
)
GABER_2019 = (
    "Gaber, H. R., Wright, L. T., & Kooli, K. (2019). Consumer attitudes towards Instagram "
    "advertisements in Egypt: The role of the perceived advertising value and "
    "personalization. Cogent Business and Management, 6(1). "
    "https://doi.org/10.1080/23311975.2019.1618431"
)
ALTHUWAINI_2022 = (
    "Althuwaini, S. (2022). The effect of social media activities on brand loyalty for banks: "
    "The role of brand trust. Administrative Sciences, 12(4). "
    "https://doi.org/10.3390/admsci12040148"
)
ANDRADE_OLIVEIRA_2025 = (
    "Andrade, J., & Oliveira, P. (2025). eWOM and content marketing strategies maximizing "
    "brand engagement. International Journal of Innovation and Education Economics, 9(1), "
    "100293. https://doi.org/10.1016/j.iedeen.2025.100293"
)
ISLAM_2019 = (
    "Islam, J. U., Hollebeek, L. D., Rahman, Z., Khan, I., & Rasool, A. (2019). Customer "
    "engagement in the service context: An empirical investigation of the construct, its "
    "antecedents and consequences. Journal of Retailing and Consumer Services, 50, 277–285. "
    "https://doi.org/10.1016/j.jretconser.2019.05.018"
)
HSU_HU_2023 = (
    "Hsu, L.-C., & Hu, S.-Y. (2023). Antecedents and consequences of the trust transfer effect "
    "on social commerce: the moderating role of customer engagement. Current Psychology, "
    "42(5), 4040-4061. doi:10.1007/s12144-023-04634-w"
)
BEYOND_LIKES_2025 = (
    "Beyond Likes and Shares: A Structural Model of Social Media Marketing Effects on Trust "
    "and Loyalty (c. 2025; authors not given). jcasc.com article 3718."
)
SMM_TO_LOYALTY = (
    "From social media marketing to customer loyalty: the moderating role of brand trust in "
    "e-commerce (authors not given). cmsrjournal.com article 794."
)
AGUINIS_2005 = (
    "Aguinis, H., Beaty, J. C., Boik, R. J., & Pierce, C. A. (2005). Effect size and power in "
    "assessing moderating effects of categorical variables using multiple regression: a "
    "30-year review. Journal of Applied Psychology, 90(1), 94-107."
)
YOU_2015 = (
    "You, Y., Vadakkepatt, G. G., & Joshi, A. M. (2015). A meta-analysis of electronic "
    "word-of-mouth elasticity. Journal of Marketing, 79(2), 19-39."
)
BABIC_ROSARIO_2016 = (
    "Babic Rosario, A., Sotgiu, F., de Valck, K., & Bijmolt, T. H. A. (2016). The effect of "
    "electronic word of mouth on sales: a meta-analytic review. Journal of Marketing "
    "Research, 53(3), 297-318."
)
LIPSCHULTZ_2018 = (
    "Lipschultz, J. H. (2018). Social media communication: Concepts, practices, data, law, "
    "and ethics. New York: Routledge."
)
SINGHAL_2016 = (
    "Singhal, T. K. (2016). Impact of Social Media Expressions on Engagement and Trust of "
    "Customers. Amity Business Review, 17(2), 96-103."
)
BRAND_INTERACTION_SEED = (
    "Brand interaction on social media platforms and consumer purchase decisions "
    "(seed paper, authors not given; a literature analysis with TikTok as its example)."
)
INTEGRATION_MODEL_SEED = (
    "Social Media Integration Model (blog post on a marketing news site, author not given): "
    "exposure, feedback, engagement (connecting) and exchange (sharing)."
)
TRUST_INFLUENCE_SEED = (
    "“I Just Really Want You To Like Me and Be My Friend” or “How Organizations Use Social "
    "Media to Create Trust, Influence and Engagement” (blog post, author not given)."
)
SMM_GLOSSARY_SEED = "Social media marketing (glossary entry, author not given)."
