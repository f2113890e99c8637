#!/usr/bin/env python3
"""Build data/certifications.json (dataset responsible-sourcing-schemes, kind certifications).

The responsible-sourcing certification and assurance schemes a BOM line may cite in its
`certifications` column, with the commodities each scheme covers, so that the scorer can
recognise a certification for the line's commodity (methodology: the `mitigation` signal).

Source: the SCHEMES table below, compiled by the project from the schemes' own public pages and
documents, read as stored copies through the search tools on AS_OF. Every record keeps the
pages it rests on (`evidence`): each fact of a record (a covered commodity, a labor topic, a
former name used as an alias) cites a page, its date where the page shows one, and the words it
rests on. The evidence is written into the record's `note`. Nothing here is guessed: a commodity
or labor topic no page supports is left out, and docs/data.md lists what was not found.
Needs data/commodities.json.

Checks (the script fails otherwise): every commodity id exists; every covered commodity and every
`covers_labor` entry has evidence; aliases are unique within a scheme and, after name
normalization (common.norm), across schemes (ids and names included); every Mining-sector
commodity is either covered by IRMA or listed in IRMA_NOT_COVERED with a reason, so a new mining
commodity forces a decision.

Usage: python3 data/curate/certifications.py [SOURCES_DIR]   (SOURCES_DIR is not read)
"""
import os
import sys

sys.dont_write_bytecode = True  # keep data/curate free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import dataset, fail, load_data, main_wrapper, norm, write_json  # noqa: E402

FILE = "certifications.json"
AS_OF = "2026-11-24"  # the date the coverage below was checked against the stored pages
KINDS = ("site-assurance", "chain-of-custody", "product-certification", "smelter-audit")
LABOR = ("child", "forced")


def E(supports, url, date, quote, copy_of=None):
    """One piece of evidence. `supports`: 'coverage', 'child', 'forced' or 'name' (a former or
    official name used as an alias); `date`: YYYY-MM-DD shown by the page, or None; `copy_of`:
    the original document when `url` is a stored copy of it on another site."""
    return {"supports": supports, "url": url, "date": date, "quote": quote, "copy_of": copy_of}


# ---------------------------------------------------------------- shared evidence
CM_STANDARDS = "https://coppermark.org/zh/standards/"
CM_REVISED = "https://coppermark.org/revised-standard-enhances-the-copper-marks-value/"
CM_RRA_DRAFT = "https://fdokumen.com/documents/risk-readiness-assessment-criteria-guide-draft-for-public-.html"
CM_JDD = "https://coppermark.org/standards/due-diligence/?amp"
EV_CM_MARKS = E("coverage", CM_STANDARDS, None,
                "The Risk Readiness Assessment Criteria Guide ... the successful completion of which results in "
                "The Copper Mark, The Molybdenum Mark, The Nickel Mark, and / or The Zinc Mark.")
EV_CM_EXTENSION = E("coverage", CM_REVISED, "2024-04-23",
                    "Molybdenum, nickel and zinc have also been incorporated into the assurance framework starting late "
                    "2022. Currently, 25 sites have already been assigned either The Molybdenum Mark, The Nickel Mark or "
                    "The Zinc Mark, or a combination thereof.")
EV_CM_PILOT = E("coverage", "https://im-mining.com/tag/the-international-molybdenum-association", None,
                "The pilot will run from November 2022 to July 2023 ... A full launch for producers of molybdenum, "
                "nickel, and zinc is planned for 2023 (International Mining, reporting the Copper Mark)")
EV_CM_CHILD = E("child", CM_RRA_DRAFT, "2022-04",
                "Table of contents: 'CRITERION 12: CHILD LABOR' (The Criteria Guide for the Risk Readiness Assessment, "
                "draft for public consultation, April 2022, (c) Responsible Business Alliance and The Copper Mark)",
                copy_of="RMI / The Copper Mark, Risk Readiness Assessment Criteria Guide")
EV_CM_33 = E("coverage", CM_REVISED, "2024-04-23",
             "Participation is based on the independent evaluation of sites against 33 different criteria ... as "
             "defined in the Risk Readiness Assessment Criteria Guide ... As of 2024, both new participants in The "
             "Copper Mark and those renewing their participation must meet the new standard.")

RJC_COP_SCOPE = "https://plumbclub.com/responsible-jewellery-council-code-of-practices/"
EV_RJC_CHILD = E("child", "https://docsbay.net/doc/207200/depriving-them-of-the-opportunity-to-attend-school", None,
                 "(COP 17) Child Labour ... a priority is to eliminate without delay the Worst Forms of Child Labour "
                 "(WFCL) as defined by Article 3 of ILO Convention No. 182",
                 copy_of="RJC Code of Practices Standard Guidance, COP 17 Child Labour")
EV_RJC_FORCED = E("forced", "https://studylib.net/doc/9399377/-cop-18--forced-labour---responsible-jewellery-council",
                  None, "STANDARD GUIDANCE (COP 18) Forced Labour ... Forced labour is all work or service which is "
                  "exacted from any person under the menace of any penalty",
                  copy_of="RJC Code of Practices Standard Guidance, COP 18 Forced Labour")

ASI_STANDARDS = "https://aluminium-stewardship.org/asi-standards/"
ASI_LABOUR = "https://aluminium-stewardship.org/?p=74456"
EV_ASI_SCOPE = E("coverage", ASI_STANDARDS, None,
                 "ASI's standards are applicable to all stages of aluminium production and transformation, "
                 "specifically: bauxite mining, alumina refining, primary aluminium production, semi-fabrication "
                 "(rolling, extrusion, forging and foundry), material conversion, and refining and re-melting of "
                 "recycled scrap")
EV_ASI_CHILD = E("child", ASI_LABOUR, "2024-02-27",
                 "Child Labour (Criterion 10.2): ASI prohibits the engagement of workers under 15 years old and "
                 "exploitative work by juveniles (15-18 years old).")
EV_ASI_FORCED = E("forced", ASI_LABOUR, "2024-02-27",
                  "Forced Labour (Criterion 10.3): The standard requires entities to avoid engaging in or supporting "
                  "human trafficking, debt bondage, unreasonable restrictions on workers' movement, and retention of "
                  "identity documents.")

PALM = ["palm-fruit", "crude-palm-oil", "refined-palm-oil"]
PALM_KERNEL = ["crude-palm-kernel-oil", "refined-palm-kernel-oil"]

# IRMA: the Mining-sector commodities it does not cover, with the reason. Every other Mining-sector
# commodity is covered (IRMA "covers all mined materials (except energy fuels)").
IRMA_NOT_COVERED = {
    "coal": "an energy fuel, which IRMA excludes",
    "aluminum": "refined metal, not mined; its mined form bauxite is covered",
    "cobalt": "refined metal, not mined; cobalt-ore is covered",
    "copper": "refined metal, not mined; copper-ore is covered",
    "tantalum": "refined metal, not mined; tantalum-ore is covered",
    "tin": "refined metal, not mined; tin-ore is covered",
    "tungsten": "refined metal, not mined; tungsten-ore is covered",
}

SCHEMES = [
    # ------------------------------------------------------------------ metals and minerals
    {
        "id": "copper-mark",
        "name": "The Copper Mark",
        "aliases": ["Copper Mark", "CopperMark", "Copper Mark assured", "Copper Mark certified",
                    "Copper Mark Chain of Custody", "Copper Mark CoC"],
        "kind": "site-assurance",
        "commodities": ["copper-ore", "copper", "copper-wire"],
        "covers_labor": ["child"],
        "publisher": "The Copper Mark",
        "source": CM_STANDARDS,
        "note": ("Site-level assurance of mines, smelters, refiners and other copper sites against the 33 criteria of the "
                 "Risk Readiness Assessment (RRA) Criteria Guide (the Copper Mark Criteria for Responsible Production; "
                 "version of October 2023, required from 2024). copper-wire is listed because any site 'otherwise "
                 "manipulating' copper is eligible and the optional Chain of Custody Standard covers copper-containing "
                 "products. Forced labour: the stored copies of the RRA criteria were read only up to Criterion 12 "
                 "(Child Labor), so 'forced' is not claimed. The Nickel Mark and the Zinc Mark are separate records; the "
                 "Molybdenum Mark is left out (no molybdenum commodity)."),
        "evidence": [
            E("coverage", "https://coppermark.org/zh/assurance/the-copper-mark/", None,
              "A site is eligible to receive The Copper Mark if it is involved in the extraction, processing, treatment, "
              "mixing, recycling, handling or otherwise manipulating of copper."),
            E("coverage", CM_STANDARDS, None,
              "The Copper Mark Chain of Custody Standard: a voluntary add-on option to an assessment against the Copper "
              "Mark Criteria. It defines the requirements for a system of control and transparency for "
              "copper-containing products that move through a supply chain."),
            EV_CM_33,
            E("coverage", "https://coppermark.org/zh/standards/?amp", None,
              "The Copper Mark uses the Risk Readiness Assessment (RRA) of the Responsible Minerals Initiative (RMI) as "
              "the basis for evaluating Participants' performance, including the RRA-Copper Mark Criteria Guide of "
              "October 2023."),
            EV_CM_CHILD,
        ],
    },
    {
        "id": "nickel-mark",
        "name": "The Nickel Mark",
        "aliases": ["Nickel Mark", "Nickel Mark assured", "Nickel Mark certified"],
        "kind": "site-assurance",
        "commodities": ["nickel"],
        "covers_labor": ["child"],
        "publisher": "The Copper Mark",
        "source": CM_REVISED,
        "note": ("The Copper Mark assurance framework applied to nickel producers: the same RRA criteria, assessed per "
                 "site. Piloted November 2022 to July 2023; 'incorporated ... starting late 2022' per the Copper Mark "
                 "(2024-04-23). `nickel` includes nickel ores. Forced labour not claimed (see copper-mark)."),
        "evidence": [EV_CM_MARKS, EV_CM_EXTENSION, EV_CM_PILOT, EV_CM_CHILD],
    },
    {
        "id": "zinc-mark",
        "name": "The Zinc Mark",
        "aliases": ["Zinc Mark", "Zinc Mark assured", "Zinc Mark certified"],
        "kind": "site-assurance",
        "commodities": ["zinc"],
        "covers_labor": ["child"],
        "publisher": "The Copper Mark",
        "source": CM_REVISED,
        "note": ("The Copper Mark assurance framework applied to zinc producers (see nickel-mark). `zinc` includes zinc "
                 "ores and concentrates. Forced labour not claimed (see copper-mark)."),
        "evidence": [EV_CM_MARKS, EV_CM_EXTENSION, EV_CM_PILOT, EV_CM_CHILD],
    },
    {
        "id": "rmap",
        "name": "Responsible Minerals Assurance Process",
        "aliases": ["RMAP", "RMAP conformant", "RMAP compliant", "RMAP audited", "RMAP certified", "RMI RMAP",
                    "RMI RMAP conformant", "RMI conformant", "RMI compliant", "RMI conformant smelter",
                    "Responsible Minerals Initiative", "RMI Responsible Minerals Assurance Process",
                    "Conflict-Free Smelter Program", "CFSP", "CFSP compliant", "CFSP conformant",
                    "Conflict-Free Smelter Initiative", "CFSI", "CFSI compliant"],
        "kind": "smelter-audit",
        "commodities": ["tin-ore", "tin", "tantalum-ore", "tantalum", "tungsten-ore", "tungsten", "gold",
                        "cobalt-ore", "cobalt", "mica", "copper-ore", "copper", "nickel", "zinc"],
        "covers_labor": ["child", "forced"],
        "publisher": "Responsible Minerals Initiative (RMI) of the Responsible Business Alliance",
        "source": "http://www.responsiblemineralsinitiative.org/minerals-due-diligence/standards/",
        "note": ("Third-party audit of smelters, refiners and processors against RMI standards: tin and tantalum, "
                 "tungsten, gold, the cobalt refiner standard, the mica processor standard, and the Joint Due Diligence "
                 "Standard for copper, lead, molybdenum, nickel and zinc (assessed under RMAP or the Copper Mark). The "
                 "ores are listed with the metals because the audit covers the due diligence on the ores and "
                 "concentrates the smelter sources. Only conformant facilities count: 'RMAP active' (committed, not "
                 "yet assessed) is deliberately not an alias, nor is a bare 'RMI', which is also the Responsible Mica "
                 "Initiative. RMI's Global Responsible Sourcing Due Diligence Standard for all minerals (2021-12-15, "
                 "recognised by the LME 2023-04-18) lets RMAP assess processors of further minerals; they are not "
                 "listed (no page names them)."),
        "evidence": [
            E("coverage", "http://www.responsiblemineralsinitiative.org/minerals-due-diligence/standards/", None,
              "The RMI defines standards for smelters and refiners that participate in the Responsible Minerals "
              "Assurance Process (RMAP) ... Responsible Minerals Assurance Process, Tin and Tantalum Standard ... "
              "Tungsten Standard ... Gold Standard ... Pilot Cobalt Refiner Due Diligence Standard ... 22 August 2018"),
            E("coverage", "https://www.responsiblebusiness.org/news/rmi-rci/", "2021-08-19",
              "The Responsible Minerals Initiative (RMI) and Responsible Cobalt Initiative (RCI) today announced the "
              "publication of their revised Cobalt Refiner Supply Chain Due Diligence Standard."),
            E("coverage", "https://www.responsiblemineralsinitiative.org/minerals-due-diligence/mica/", None,
              "Issued the Global Workplace Responsible Sourcing, Environmental, Health & Safety Due Diligence Standard "
              "for Mica Processors. The RMI's Responsible Minerals Assurance Process (RMAP) provides independent "
              "third-party assessments for mica processors."),
            E("coverage", CM_JDD, "2022-08-26",
              "Conformance of companies with this Joint Due Diligence Standard will be assessed using The Copper Mark's "
              "Assurance Process or the RMI's Responsible Minerals Assurance Process ... All companies extracting, "
              "producing and/or trading copper, lead, nickel or zinc materials from mine sites to, and including, "
              "producers of refined metal products"),
            E("child", "https://www.responsiblemineralsinitiative.org/about/faq/rmap/what-risks-are-covered-by-the-rmap-assessment/",
              None, "Companies must address all OECD Annex II risks ... The worst forms of child labor"),
            E("forced", "https://www.responsiblemineralsinitiative.org/about/faq/rmap/what-risks-are-covered-by-the-rmap-assessment/",
              None, "Companies must address all OECD Annex II risks ... Any forms of forced or compulsory labor"),
            E("name", "https://vdocuments.site/responsible-minerals-assurance-process-tin-and-the-responsible-minerals-assurance.html",
              "2017-06-12", "The Responsible Minerals Assurance Process (formerly the Conflict Free Smelter Program (CFSP))",
              copy_of="RMI, RMAP Tin and Tantalum Standard (publication 2017-06-12, minor revisions 2020-02-07)"),
            E("name", "https://pdfslide.us/documents/rmi-grievance-mechanism-responsib-rmi-its-members-rmap-auditees-auditors-andor.html",
              "2017-11", "the Responsible Minerals Initiative (RMI), formerly Conflict Free Smelter Initiative (CFSI)",
              copy_of="RMI Grievance Mechanism, version 2, November 2017"),
        ],
    },
    {
        "id": "lbma-responsible-sourcing",
        "name": "LBMA Responsible Sourcing Programme",
        "aliases": ["LBMA", "LBMA Good Delivery", "LBMA Good Delivery List", "LBMA GDL", "LBMA accredited",
                    "LBMA certified", "LBMA Responsible Gold Guidance", "LBMA RGG", "Responsible Gold Guidance",
                    "LBMA Responsible Gold", "LBMA Responsible Gold Certificate", "LBMA Responsible Silver Guidance",
                    "LBMA RSG", "Responsible Silver Guidance", "LBMA Responsible Silver"],
        "kind": "smelter-audit",
        "commodities": ["gold", "silver"],
        "covers_labor": ["child"],
        "publisher": "London Bullion Market Association (LBMA)",
        "source": "https://www.lbma.org.uk/responsible-sourcing",
        "note": ("Annual independent audit of Good Delivery List gold and silver refiners against the Responsible Gold "
                 "Guidance (RGG, since 2012; version 9 in force, version 10 announced for 2025) and the Responsible "
                 "Silver Guidance (RSG, since 2017); a refiner must conform to stay on the Good Delivery List, so 'LBMA "
                 "Good Delivery' implies the guidance. Forced labour is not named on the LBMA pages read (the RGG makes "
                 "refiners stop refining on known 'serious human rights abuses'; the term's definition was not read), "
                 "so only 'child' is claimed. Platinum and palladium (LPPM Responsible Platinum and Palladium Guidance) "
                 "have no commodity id."),
        "evidence": [
            E("coverage", "https://www.lbma.org.uk/publications/responsible-sourcing-report-2021/12-lbma-responsible-sourcing-programme",
              "2021", "At its core, the Programme comprises the Responsible Gold Guidance (RGG), established in 2012, and "
              "the Responsible Silver Guidance (RSG), established in 2017."),
            E("coverage", "https://www.lbma.org.uk/publications/responsible-gold-guidance-v9/introduction", None,
              "Refiners must demonstrate conformance with all sections of this Guidance and the associated Refiners "
              "Toolkit to remain on the LBMA Good Delivery List (GDL). An LBMA Responsible Gold Certificate is only "
              "issued to GDL Refiners that have successfully passed LBMA's annual responsible sourcing review"),
            E("coverage", "https://www.lbma.org.uk/publications/sustainability-and-responsible-sourcing-report-2023/2022-refiners-responsible-sourcing-performance",
              "2023", "Since 2012, compliance with the RGG has been a mandatory requirement for all Refiners wishing to "
              "remain on the Good Delivery List (GDL)."),
            E("child", "https://www.lbma.org.uk/articles/responsible-sourcing-update", "2020-07-17",
              "Vital to the credibility of the LBMA standards is their broad scope, which includes environmental "
              "issues; avoiding material from conflict-afflicted areas; and combating money laundering, terrorist "
              "financing and human rights abuses, including child labour."),
        ],
    },
    {
        "id": "rjc-code-of-practices",
        "name": "Responsible Jewellery Council Code of Practices",
        "aliases": ["RJC", "RJC certified", "RJC COP", "RJC COP certified", "RJC Code of Practices",
                    "Responsible Jewellery Council", "Responsible Jewelry Council"],
        "kind": "site-assurance",
        "commodities": ["gold", "silver", "diamonds", "rubies", "sapphires", "emeralds"],
        "covers_labor": ["child", "forced"],
        "publisher": "Responsible Jewellery Council (RJC)",
        "source": "https://www.responsiblejewellery.com/ (RJC Code of Practices, December 2019; scope as published by "
                  "Plumb Club, " + RJC_COP_SCOPE + ")",
        "note": ("Third-party audited certification of RJC members' businesses and facilities, mandatory for all "
                 "commercial members. The 2019 COP covers the gold, silver, platinum group metal, diamond and coloured "
                 "gemstone supply chains; for coloured gemstones the initial scope is rubies, sapphires and emeralds, so "
                 "`gems`, `tanzanite` and `jade` are not listed. Platinum group metals have no commodity id."),
        "evidence": [
            E("coverage", RJC_COP_SCOPE, None,
              "Applies to gold, silver, PGM, diamond and colored gemstone supply chains. ... The initial scope in this "
              "2019 version of the COP is all sectors of the rubies, sapphires and emeralds jewelry supply chain.",
              copy_of="RJC, Code of Practices at a glance (text reproduced by the Plumb Club)"),
            E("coverage", "https://www.scribd.com/document/617174354/RJC-COP-2019-V1-2-Standards-1", "2019-12",
              "The RJC Code of Practices (COP) defines the responsible ethical, human rights, social and environmental "
              "practices that all certified RJC members must adhere to.",
              copy_of="RJC Code of Practices Standard, December 2019"),
            EV_RJC_CHILD, EV_RJC_FORCED,
        ],
    },
    {
        "id": "rjc-chain-of-custody",
        "name": "RJC Chain-of-Custody Standard",
        "aliases": ["RJC CoC", "RJC CoC certified", "RJC Chain of Custody", "RJC Chain of Custody certified"],
        "kind": "chain-of-custody",
        "commodities": ["gold", "silver"],
        "covers_labor": ["child", "forced"],
        "publisher": "Responsible Jewellery Council (RJC)",
        "source": "https://www.responsiblejewellery.com/chain-of-custody-certification/",
        "note": ("Voluntary chain-of-custody certification for precious metals (gold and platinum group metals since 2012; "
                 "silver added in the 2017 revision, as the November 2019 guidance says). It requires COP certification "
                 "as a prerequisite, so its labor coverage is the COP's (COP 17 and COP 18)."),
        "evidence": [
            E("coverage", "https://fdocuments.net/document/chain-of-custody-chain-of-custody-guidance-chain-of-custody-guidance-5-abbre-viations.html",
              "2019-11", "The RJC Chain-of-Custody (CoC) Standard defines an approach for companies to handle and trade "
              "gold, silver and platinum group metals in a way that is traceable and responsibly sourced.",
              copy_of="RJC Chain of Custody Guidance, November 2019"),
            E("coverage", "https://www.responsiblejewellery.com/members/chain-of-custody-certified-entities/", None,
              "By building on the Code of Practices (COP) as a pre-requisite, the RJC CoC Standard addresses more than "
              "conflict issues, also incorporating in the whole range of jewellery supply chain issues and risks "
              "covered by the COP."),
            EV_RJC_CHILD, EV_RJC_FORCED,
        ],
    },
    {
        "id": "asi-performance-standard",
        "name": "ASI Performance Standard",
        "aliases": ["ASI", "ASI certified", "ASI Performance Standard certified", "ASI PS",
                    "Aluminium Stewardship Initiative", "Aluminum Stewardship Initiative"],
        "kind": "site-assurance",
        "commodities": ["bauxite", "alumina", "aluminum", "aluminum-cans"],
        "covers_labor": ["child", "forced"],
        "publisher": "Aluminium Stewardship Initiative (ASI)",
        "source": ASI_STANDARDS,
        "note": ("Third-party audited certification of entities along the aluminium value chain (Performance Standard V3, "
                 "2022). aluminum-cans is listed because material conversion is in scope."),
        "evidence": [EV_ASI_SCOPE, EV_ASI_CHILD, EV_ASI_FORCED],
    },
    {
        "id": "asi-chain-of-custody",
        "name": "ASI Chain of Custody Standard",
        "aliases": ["ASI CoC", "ASI CoC certified", "ASI Chain of Custody", "ASI Aluminium", "ASI Aluminum",
                    "ASI Alumina", "ASI Bauxite", "ASI CoC Material"],
        "kind": "chain-of-custody",
        "commodities": ["bauxite", "alumina", "aluminum", "aluminum-cans"],
        "covers_labor": ["child", "forced"],
        "publisher": "Aluminium Stewardship Initiative (ASI)",
        "source": "https://aluminium-stewardship.org/asi-standards/chain-of-custody-standard/",
        "note": ("Mass-balance chain of custody for ASI Bauxite, ASI Alumina and ASI Aluminium, from the mine or the "
                 "recycler to the final product. Every step must also hold Performance Standard certification, so its "
                 "labor coverage is the Performance Standard's."),
        "evidence": [
            E("coverage", "https://aluminium-stewardship.org/help-desk/source-material", None,
              "ASI Bauxite -> ASI Alumina -> ASI Aluminium ... ASI Chain of Custody applies from the point at which "
              "aluminium-containing ores are extracted from the Earth (bauxite mines) all the way forward (potentially) "
              "to the point at which aluminium-containing products enter use"),
            E("coverage", "https://aluminium-stewardship.org/why-asi-chain-of-custody/", None,
              "A requirement of ASI's Chain of Custody Standard is to have the Performance Standard Certification as a "
              "foundation - through each step of the supply chain."),
            EV_ASI_CHILD, EV_ASI_FORCED,
        ],
    },
    {
        "id": "irma",
        "name": "IRMA Standard for Responsible Mining",
        "aliases": ["IRMA", "IRMA certified", "IRMA audited", "IRMA 50", "IRMA 75", "IRMA 100",
                    "Initiative for Responsible Mining Assurance"],
        "kind": "site-assurance",
        "commodities": ["amber", "bauxite", "cobalt-ore", "copper-ore", "diamonds", "emeralds", "fluorspar", "gems",
                        "gold", "granite", "graphite", "gravel", "gypsum", "iron", "jade", "lithium", "manganese", "mica",
                        "nickel", "quartz", "rubies", "salt", "sand", "sandstone", "sapphires", "silver", "stones",
                        "tantalum-ore", "tanzanite", "tin-ore", "trona", "tungsten-ore", "zinc"],
        "covers_labor": ["child", "forced"],
        "publisher": "Initiative for Responsible Mining Assurance (IRMA)",
        "source": "https://responsiblemining.net/about/facts/",
        "note": ("Independent audit of industrial mine sites against the IRMA Standard for Responsible Mining (IRMA-STD-001, "
                 "June 2018), which 'only covers mineral extraction operations' (processing is in the draft Standard 2.0). "
                 "'Any mined commodity' is represented by listing every Mining-sector commodity of commodities.json "
                 "except coal (an energy fuel, excluded by IRMA) and the refined metals that have a separate ore id "
                 "(aluminum, cobalt, copper, tantalum, tin, tungsten: their ores and bauxite are listed). Commodities "
                 "that hold both ore and metal (gold, silver, nickel, zinc, iron, lithium, manganese) are listed. "
                 "Achievement levels IRMA 50, 75 and 100 are aliases; 'IRMA Transparency' (audited, no threshold met) is "
                 "not. Labor: the Fair Labor and Terms of Work chapter; its wording was read in the Draft 2.0 (2016) "
                 "background, not in the final 2018 requirements."),
        "evidence": [
            E("coverage", "https://responsiblemining.net/about/facts/", None,
              "IRMA is the only organization with a comprehensive global standard that covers all mined materials "
              "(except energy fuels) coming from all sizes of industrial mines all over the world, and offers true "
              "third-party assessment at the site of the mine."),
            E("coverage", "http://responsiblemining.net./category/blog/", None,
              "Unlike the Standard 1.0 which only covers mineral extraction operations, the IRMA Standard 2.0 is "
              "expected to also cover development, exploration, and mineral processing"),
            E("child", "http://www.responsiblemining.net/irma-standard/irma-standard-draft-v2.0/chapter_2.1-fair-labor-and-terms-of-work/",
              "2016-04-05", "Chapter 2.1 Fair Labor and Terms of Work ... a portion of the labor force has been the "
              "subject of mistreatment such as child and forced labor ... the abolition of child labour"),
            E("forced", "http://www.responsiblemining.net/irma-standard/irma-standard-draft-v2.0/chapter_2.1-fair-labor-and-terms-of-work/",
              "2016-04-05", "Chapter 2.1 Fair Labor and Terms of Work ... the elimination of all forms of forced or "
              "compulsory labour"),
        ],
    },
    {
        "id": "responsiblesteel",
        "name": "ResponsibleSteel International Standard",
        "aliases": ["ResponsibleSteel", "Responsible Steel", "ResponsibleSteel certified", "Responsible Steel certified",
                    "ResponsibleSteel certified site", "ResponsibleSteel Core Site Certification"],
        "kind": "site-assurance",
        "commodities": ["steel"],
        "covers_labor": [],
        "publisher": "ResponsibleSteel",
        "source": "https://www.responsiblesteel.org/about/",
        "note": ("Site certification of steelmaking sites (International Standard version 2.0, 2022-09-14; no mine sites). "
                 "Its pages name human rights and labour rights among the 300+ core requirements, but the child and "
                 "forced labour requirements themselves were not read, so `covers_labor` is empty."),
        "evidence": [
            E("coverage", "https://www.responsiblesteel.org/about/", None,
              "The ResponsibleSteel International Standard is designed to support the responsible sourcing and "
              "production of steel. It covers a range of sustainability issues including emissions, pollution, "
              "responsible sourcing, human rights, labour standards, and more."),
            E("coverage", "https://www.responsiblesteel.org/news/human-rights-in-steel-responsiblesteels-approach", None,
              "nearly 90 sites have achieved ResponsibleSteel Core Site Certification, which assesses steelmakers "
              "against more than 300 core requirements. These span ... human rights, health and safety, labour rights"),
        ],
    },
    # ------------------------------------------------------------------ agriculture and forestry
    {
        "id": "fairtrade",
        "name": "Fairtrade",
        "aliases": ["Fairtrade certified", "Fairtrade International", "Fairtrade Mark", "FLO",
                    "Fairtrade Labelling Organizations International", "FLOCERT"],
        "kind": "product-certification",
        "commodities": ["bananas", "cocoa", "coffee", "cotton", "flowers", "gold", "rice", "silver", "sugarcane", "tea"],
        "covers_labor": ["child", "forced"],
        "publisher": "Fairtrade International (Fairtrade Labelling Organizations International e.V.)",
        "source": "https://fairtrade.net/en/why-fairtrade/how-we-do-it/standards/who-we-have-standards-for.html",
        "note": ("Product certification of producer organisations and traders (FLOCERT audits) under the Fairtrade "
                 "standards, carrying the FAIRTRADE Mark. 'Fair Trade Certified' is the mark of Fair Trade USA, a "
                 "separate scheme, and is not an alias; neither is the generic 'fair trade'. Product categories that do "
                 "not map to one commodity id (honey, juices, nuts and oil seeds, herbs and spices, fresh and dried fruit "
                 "and vegetables, quinoa, wine) and textiles (the Fairtrade Textile Standard applies to operators "
                 "processing Fairtrade cotton; a 'Fairtrade' garment usually certifies its cotton only) are not listed. "
                 "Platinum has no commodity id."),
        "evidence": [
            E("coverage", "http://fairtrade.net/sites/standards/sp.html", None,
              "Fairtrade Standards for small farmers ... Bananas ... Cane Sugar ... Cocoa ... Coffee ... Rice ... Seed "
              "Cotton ... Tea"),
            E("coverage", "https://www.fairtrade.org.uk/Farmers-and-Workers", None,
              "Bananas are the favourite fruit in our grocery basket ... cocoa farmers often face a bitter reality ... "
              "Coffee is one of the world's most popular beverages ... Cotton is the world's oldest commercial crop ... "
              "The cut flower trade is now a major industry ... Gold miners ... Around 80 per cent of the world's sugar "
              "is derived from sugar cane ... Tea is the most popular drink in the world after water"),
            E("coverage", "http://www.fairtrade.net/standard/gold", None,
              "Gold and associated precious metals. This standard applies to artisanal and small-scale mining "
              "organizations (ASMOs) ... and to traders buying and selling precious metals produced by ASMOs."),
            E("coverage", "https://www.befair.be/en/content/new-fairtrade-gold-and-precious-metals-standards-published",
              "2013-11-11", "Fairtrade International announced the publication of its new standards and premiums for "
              "gold, silver and precious metals"),
            E("child", "https://docslib.org/doc/8336336/fairtrade-standard-for-small-scale-producer-organizations",
              "2019-04-03", "3.3 Labour Conditions ... [Child labour] and child protection",
              copy_of="Fairtrade Standard for Small-scale Producer Organizations v2.3"),
            E("forced", "https://docslib.org/doc/8336336/fairtrade-standard-for-small-scale-producer-organizations",
              "2019-04-03", "3.3 Labour Conditions ... Freedom from forced or compulsory labour",
              copy_of="Fairtrade Standard for Small-scale Producer Organizations v2.3"),
        ],
    },
    {
        "id": "rainforest-alliance",
        "name": "Rainforest Alliance Certified",
        "aliases": ["Rainforest Alliance", "Rainforest Alliance certification", "RA certified", "Rainforest Alliance/UTZ",
                    "RA/UTZ", "UTZ", "UTZ certified", "Rainforest Alliance Sustainable Agriculture Standard"],
        "kind": "product-certification",
        "commodities": ["bananas", "cocoa", "coffee", "tea", "hazelnuts"] + PALM + PALM_KERNEL,
        "covers_labor": ["child", "forced"],
        "publisher": "Rainforest Alliance",
        "source": "https://www.rainforest-alliance.org/for-business/2020-certification-program/",
        "note": ("Farm and supply-chain certification under the 2020 Sustainable Agriculture Standard (published "
                 "2020-06-30, mandatory for audits from 2021-07-01). UTZ merged into the Rainforest Alliance in January "
                 "2018; UTZ spellings are aliases. Labor issues are handled by 'assess-and-address' rather than a bare "
                 "prohibition. Other crops the standard may cover (the program page says 'many other important commodity "
                 "sectors') are not listed without a page naming them."),
        "evidence": [
            E("coverage", "https://www.rainforest-alliance.org/for-business/2020-certification-program/", None,
              "Our program focuses on coffee, cocoa, tea, bananas, and many other important commodity sectors"),
            E("coverage", "http://www.rainforest-alliance.org/work/agriculture/palm-oil", None,
              "By working to promote the sustainable production and manufacturing of palm oil and palm kernel oil ... "
              "Farms that meet the exacting criteria of the SAN standard for palm oil can earn the Rainforest Alliance "
              "certificate."),
            E("coverage", "https://www.rainforest-alliance.org/articles/rainforest-alliance-certified-palm-oil", None,
              "In 2013, a group of 600 farmers in Honduras became the first palm oil cooperative to achieve Rainforest "
              "Alliance certification."),
            E("coverage", "https://utz.org/what-we-offer/certification/products-we-certify/hazelnut/", None,
              "Over 6.800 hazelnut farmers now apply the UTZ standards ... Certified hazelnuts are here to stay, also in "
              "the merged UTZ - RA organization."),
            E("name", "https://www.rainforest-alliance.org/id/resource-item/policy-certification-approach-for-utz-hazelnut-program-in-turkey-and-georgia-for-covid-19/",
              "2020-06-09", "The policy is applicable to farm certified entities (UTZ) for the hazelnut program as well "
              "as Rainforest Alliance authorized Certification Bodies (CB) in Turkey and Georgia."),
            E("child", "https://rainforest-alliance.org/articles/advancing-the-human-rights-of-rural-people", None,
              "Child labor is not tolerated on Rainforest Alliance Certified farms."),
            E("forced", "https://www.rainforest-alliance.org/white-papers/protecting-against-modern-slavery", None,
              "Our 2020 Certification Program ... adopts an 'assess-and-address' approach to tackling human rights "
              "issues such as forced labor, which will not be tolerated on certified farms or in companies."),
        ],
    },
    {
        "id": "better-cotton",
        "name": "Better Cotton",
        "aliases": ["Better Cotton Initiative", "BCI", "BCI cotton", "BCI certified", "Better Cotton licensed",
                    "Better Cotton Standard"],
        "kind": "site-assurance",
        "commodities": ["cotton"],
        "covers_labor": ["child", "forced"],
        "publisher": "Better Cotton (Better Cotton Initiative)",
        "source": "https://bettercotton.org/resources/key-facts/fact-5-forced-and-child-labour/",
        "note": ("Licensing of cotton farmers against the Better Cotton Principles and Criteria (v3.0, effective "
                 "2024-03-01); founded as the Better Cotton Initiative (BCI), which remains the legal name, so BCI "
                 "spellings are aliases. Covers raw cotton (`cotton`); cottonseed, yarn and textiles are not listed."),
        "evidence": [
            E("coverage", "https://www.scribd.com/document/697942695/Better-Cotton-PC-v-3-0-1-1", "2023-03",
              "Better Cotton Principles and Criteria v.3.0 ... Effective as of 1 March 2024 ... Contact ... Better "
              "Cotton Initiative, 7-9 Chemin de Balexert, 1219 Chatelaine, Switzerland",
              copy_of="Better Cotton Principles and Criteria v3.0"),
            E("name", "https://bettercotton.org/bci-sets-up-expert-task-force-on-forced-labour-and-decent-work", None,
              "BCI sets up expert task force on forced labour and decent work"),
            E("child", "https://bettercotton.org/resources/key-facts/fact-5-forced-and-child-labour/", None,
              "forced and child labour on cotton farms is unacceptable to BCI. If either is discovered where Better "
              "Cotton is produced, it is considered an incidence of non-compliance with BCI's standard"),
            E("forced", "https://bettercotton.org/resources/key-facts/fact-5-forced-and-child-labour/", None,
              "forced and child labour on cotton farms is unacceptable to BCI ... BCI does not operate in countries "
              "where forced labour is orchestrated by the government."),
        ],
    },
    {
        "id": "rspo",
        "name": "Roundtable on Sustainable Palm Oil",
        "aliases": ["RSPO", "RSPO certified", "RSPO CSPO", "CSPO", "Certified Sustainable Palm Oil",
                    "RSPO certified sustainable palm oil", "RSPO Principles and Criteria", "RSPO P&C"],
        "kind": "product-certification",
        "commodities": PALM,
        "covers_labor": ["child", "forced"],
        "publisher": "Roundtable on Sustainable Palm Oil (RSPO)",
        "source": "https://rspo.org/new-principles-and-criteria-require-members-to-step-up-efforts-to-protect-children/",
        "note": ("Certification of oil palm growers and mills against the RSPO Principles and Criteria (P&C 2018, revised "
                 "2024) with supply chain certification. Palm kernel oils and oleochemicals are not listed (no page read "
                 "names them). Supply-chain models (identity preserved, segregated, mass balance, book and claim) are "
                 "not distinguished."),
        "evidence": [
            E("coverage", "https://vdocuments.mx/rspo-scs-global-services.html", "2018",
              "Sustainable palm oil production comprises legal, economically viable, environmentally appropriate and "
              "socially beneficial management and operations. This is delivered through the application of the "
              "following set of Principles and Criteria (P&C)",
              copy_of="RSPO Principles and Criteria for the Production of Sustainable Palm Oil 2018"),
            E("coverage", "https://fdocuments.in/document/rspo-management-system-requirements-and-guidance-for-rspo-management-system-requirements.html",
              "2018-03-08", "RSPO Management System Requirements and Guidance for Group Certification of FFB Production",
              copy_of="RSPO-GUI-T06-008 V2.0"),
            E("child", "https://rspo.org/new-principles-and-criteria-require-members-to-step-up-efforts-to-protect-children/",
              None, "RSPO has always maintained a strict ban on all forms of child labour, in line with international "
              "laws"),
            E("forced", "https://dev-v4.freemalaysiatoday.com/category/nation/2020/10/02/palm-oil-body-calls-for-full-risk-assessment-of-us-sanctions",
              "2020-10-02", "We condemn the use of forced or child labour or any other form of modern slavery on any "
              "members' plantation - certified or uncertified. (RSPO CEO-designate Beverley Postma, quoted by Free "
              "Malaysia Today) ... Earlier this year, RSPO suspended its certification for FGV over alleged violations"),
            E("forced", "https://rspo.org/call-for-study-on-the-level-of-labour-impacts-in-plantations-in-rspo-certified-units-in-indonesia",
              "2017", "potential serious labour abuses and violations including forced labour, child labour ... to "
              "determine the level of compliance and particularly in certified management units in Indonesia"),
        ],
    },
    {
        "id": "bonsucro",
        "name": "Bonsucro",
        "aliases": ["Bonsucro certified", "Bonsucro Production Standard", "Bonsucro Chain of Custody", "Bonsucro CoC",
                    "Better Sugarcane Initiative"],
        "kind": "site-assurance",
        "commodities": ["sugarcane", "ethanol"],
        "covers_labor": ["child", "forced"],
        "publisher": "Bonsucro (Better Sugarcane Initiative Ltd.)",
        "source": "http://bonsucro.com/site/production-standard/",
        "note": ("Certification of sugarcane mills and their supplying farms against the Bonsucro Production Standard "
                 "(version 5.1, January 2022); Bonsucro is the trading name of Better Sugarcane Initiative Ltd. `ethanol` "
                 "is listed for cane ethanol (Bonsucro-certified sugar or ethanol); refined sugar, molasses and bagasse "
                 "are not listed (no page read names them)."),
        "evidence": [
            E("coverage", "http://bonsucro.com/site/production-standard/", None,
              "The main aim of the Bonsucro Standard is to promote measureable standards in key environmental and social "
              "impacts of sugarcane production and primary processing"),
            E("coverage", "http://ethicalsugar.org/", "2014-08-17",
              "Bonsucro ... currently certifies 38 sugarcane mills and the farms that supply them ... the resultant "
              "Bonsucro-certified sugar or ethanol purchased by food & drink manufacturers and fuel distributors "
              "(Ethical Sugar, a member of the Bonsucro Standard Revision Committee)"),
            E("name", "https://www.scribd.com/document/632352144/SCH-Bonsucro-Production-Standard-V5-1", "2022-01",
              "Bonsucro (trading name of Better Sugarcane Initiative Ltd.) is responsible for this document ... "
              "Principle 2 - respect labour rights & occupational safety and health standards",
              copy_of="Bonsucro Production Standard version 5.1"),
            E("child", "https://spark.adobe.com/page/JZEvxUjER1Q6S/", None,
              "Producers must comply with labour laws and observe the International Labour Organisation's regulations "
              "on child labour, forced labour ... All of the 60 sugarcane mills certified against the Bonsucro "
              "Production Standard ... have demonstrated ... the absence of any form of child and forced labour",
              copy_of="Bonsucro outcome report page 'Labour Rights & Bonsucro'"),
            E("forced", "https://spark.adobe.com/page/JZEvxUjER1Q6S/", None,
              "Labour rights form part of the Bonsucro's Standard Core Criteria ... regulations on child labour, forced "
              "labour", copy_of="Bonsucro outcome report page 'Labour Rights & Bonsucro'"),
        ],
    },
    {
        "id": "fsc",
        "name": "Forest Stewardship Council",
        "aliases": ["FSC", "FSC certified", "FSC 100%", "FSC Chain of Custody", "FSC CoC", "FSC Forest Management"],
        "kind": "product-certification",
        "commodities": ["timber", "teak", "wood-pulp", "rubber"],
        "covers_labor": ["child", "forced"],
        "publisher": "Forest Stewardship Council (FSC)",
        "source": "https://annual-reports.fsc.org/2022/08/03/fsc-board-of-directors-approved-the-fsc-core-labour-requirements/",
        "note": ("Forest management and chain-of-custody certification of forest products, including natural rubber from "
                 "certified plantations. `teak` is listed as a timber. 'FSC Mix' and 'FSC Recycled' labels (mixed with "
                 "controlled or recycled material) are not aliases. Charcoal and furniture are not listed (no page read "
                 "names them)."),
        "evidence": [
            E("coverage", "https://vdocuments.us/understanding-the-forest-product-chain-the-origins-of-forestforest-product-certification.html",
              "2016-05", "From logs to lumber, furniture to wood pulp, paper products to any other item made from wood "
              "(SGS, an FSC-accredited certification body)"),
            E("coverage", "https://ga2017.fsc.org/timetable/event/rubber-fsc-from-forest-to-consumer/", "2017",
              "FSC-certified natural rubber latex products are already in the market"),
            E("coverage", "https://www.commonshare.com/standards/forest-stewardship-council-fsc-chain-of-custody-certification",
              None, "100% Products only contain material from FSC certified forest ... Mix Products with material from "
              "FSC certified forests, recycled material or other controlled sources."),
            E("child", "https://annual-reports.fsc.org/2022/08/03/fsc-board-of-directors-approved-the-fsc-core-labour-requirements/",
              "2022-08-03", "The FSC Core Labour Requirements include: Effective abolition of child labour"),
            E("forced", "https://annual-reports.fsc.org/2022/08/03/fsc-board-of-directors-approved-the-fsc-core-labour-requirements/",
              "2022-08-03", "The FSC Core Labour Requirements include: ... Elimination of all forms of forced or "
              "compulsory labour"),
        ],
    },
    {
        "id": "fair-rubber",
        "name": "Fair Rubber",
        "aliases": ["Fair Rubber Association", "Fair Rubber certified", "Fair Rubber e.V."],
        "kind": "product-certification",
        "commodities": ["rubber"],
        "covers_labor": [],
        "publisher": "Fair Rubber Association (Fair Rubber e.V.)",
        "source": "https://fairrubber.org/about/criteria/",
        "note": ("Fair-trade premium for natural rubber, with its own criteria catalogue audited by independent auditors "
                 "since 2018. The criteria are 'closely based' on Fairtrade's and include FSC's environmental criteria, "
                 "but the labor criteria themselves were not read, so `covers_labor` is empty."),
        "evidence": [
            E("coverage", "https://fairrubber.org/about/criteria/", None,
              "The members of the Fair Rubber Association pay 0.50 EUR per kilogram of Dry Rubber Content (DRC) ... Since "
              "2018, the Fair Rubber Association has developed its own criteria catalogue for Fairly traded natural "
              "rubber, which is audited by independent auditors."),
        ],
    },
]

MANIFEST_NOTES = (
    "Responsible-sourcing certification and assurance schemes a BOM `certifications` cell may cite, with the "
    "commodities each covers (explicit chainrisk commodity ids, ore and refined forms listed separately where both "
    "exist) and the labor risks its own texts were seen to address. Compiled by the chainrisk project from the "
    "schemes' public pages and documents (stored copies read {as_of}); every record's note quotes the pages it "
    "rests on. Metals: the Copper, Nickel and Zinc Marks, RMAP, LBMA, RJC (COP, CoC), ASI (Performance, CoC), "
    "IRMA, ResponsibleSteel. Agriculture and forestry: Fairtrade, Rainforest Alliance (incl. UTZ), Better Cotton, "
    "RSPO, Bonsucro, FSC, Fair Rubber. Not included: CIRAF (the Cobalt Institute says it is not a standard or "
    "certification scheme), the Molybdenum Mark and platinum-group schemes (no commodity id). Gaps: docs/data.md."
)


def manifest():
    # One address for the dataset (reports print it once); every record cites its own pages.
    sources = "https://coppermark.org/zh/standards/ (and each record's own source)"
    return {
        "id": "responsible-sourcing-schemes",
        "kind": "certifications",
        "file": FILE,
        "version": "2026.1",
        "publisher": "chainrisk project (curated from the schemes' own public pages)",
        "title": "Responsible-sourcing certification and assurance schemes and the commodities they cover",
        "published": AS_OF,
        "source": sources,
        "license": ("Curation: chainrisk project licence. The facts (scheme names, covered commodities, labor topics) "
                    "were compiled by the project from the schemes' public pages; the short quotes in the notes are "
                    "for citation only"),
        "notes": MANIFEST_NOTES.format(as_of=AS_OF),
    }


def evidence_text(ev):
    where = ev["url"]
    if ev["copy_of"]:
        where += f", a copy of {ev['copy_of']}"
    if ev["date"]:
        where += f", {ev['date']}"
    return f"[{ev['supports']}] \"{ev['quote']}\" ({where})"


def check_scheme(s, commodity_ids):
    sid = s["id"]
    if s["kind"] not in KINDS:
        fail(f"{sid}: unknown kind {s['kind']!r}")
    if not s["commodities"]:
        fail(f"{sid}: no commodities")
    if len(set(s["commodities"])) != len(s["commodities"]):
        fail(f"{sid}: a commodity is listed twice")
    for c in s["commodities"]:
        if c not in commodity_ids:
            fail(f"{sid}: unknown commodity id {c!r}")
    if any(x not in LABOR for x in s["covers_labor"]) or len(set(s["covers_labor"])) != len(s["covers_labor"]):
        fail(f"{sid}: bad covers_labor {s['covers_labor']!r}")
    supports = {e["supports"] for e in s["evidence"]}
    if "coverage" not in supports:
        fail(f"{sid}: no evidence for the commodities it covers")
    for x in s["covers_labor"]:
        if x not in supports:
            fail(f"{sid}: covers_labor {x!r} has no evidence")
    for e in s["evidence"]:
        if e["supports"] not in ("coverage", "name") + LABOR or not e["url"] or not e["quote"]:
            fail(f"{sid}: incomplete evidence {e!r}")
    seen = {norm(s["name"]): "the name"}
    for a in s["aliases"]:
        n = norm(a)
        if len(n) < 2:
            fail(f"{sid}: alias {a!r} is too short")
        if n in seen:
            fail(f"{sid}: alias {a!r} repeats {seen[n]}")
        seen[n] = repr(a)


def check_irma(irma, commodities):
    mining = {c["id"] for c in commodities if c["sector"] == "Mining"}
    covered = set(irma["commodities"])
    for c in sorted(covered - mining):
        fail(f"irma: {c!r} is not a Mining-sector commodity")
    for c in sorted(covered & set(IRMA_NOT_COVERED)):
        fail(f"irma: {c!r} is both covered and in IRMA_NOT_COVERED")
    for c in sorted(mining - covered - set(IRMA_NOT_COVERED)):
        fail(f"irma: Mining-sector commodity {c!r} is neither covered nor in IRMA_NOT_COVERED: decide")


def build():
    commodities = load_data("commodities.json")["records"]
    commodity_ids = {c["id"] for c in commodities}
    owner = {}
    records = []
    for s in SCHEMES:
        check_scheme(s, commodity_ids)
        for form in [s["id"], s["name"]] + s["aliases"]:
            n = norm(form)
            if owner.setdefault(n, s["id"]) != s["id"]:
                fail(f"{s['id']}: {form!r} is also the id, name or an alias of {owner[n]} (after normalization)")
        if s["id"] == "irma":
            check_irma(s, commodities)
        note = s["note"] + f" Evidence (stored copies read {AS_OF}): " + "; ".join(evidence_text(e) for e in s["evidence"])
        records.append({"id": s["id"], "name": s["name"], "aliases": s["aliases"], "kind": s["kind"],
                        "commodities": s["commodities"], "covers_labor": sorted(s["covers_labor"]),
                        "publisher": s["publisher"], "source": s["source"], "as_of": AS_OF, "note": note})
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        fail("certifications: duplicate ids")
    records.sort(key=lambda r: r["id"])
    return records


def main(_sources=None):
    records = build()
    write_json(FILE, dataset("responsible-sourcing-schemes", "certifications", records))
    n_com = len({c for r in records for c in r["commodities"]})
    print(f"certifications: {len(records)} schemes, {sum(len(r['aliases']) for r in records)} aliases, "
          f"{n_com} commodities covered")


if __name__ == "__main__":
    main_wrapper(main)
