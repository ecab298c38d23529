package org.cybernorms.cen.core;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The CEN-KG vocabulary: namespaces, graph names, every term of the ontology contract
 * and the IRI patterns of things (docs/architecture.md).
 *
 * <p>Class constants are named as the class ({@code CEN.State}), properties and
 * individuals likewise, so that Java reads like the Turtle it mirrors.
 */
public final class CEN {

    private CEN() {}

    /** Ontology terms. */
    public static final String NS = "https://w3id.org/cyber-election-norms/ontology#";
    /** Things: States, norms, questions, positions, operations, sources. */
    public static final String ID = "https://w3id.org/cyber-election-norms/id/";
    /** The ontology document IRI (the namespace without its '#'). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/cyber-election-norms/ontology";
    private static final String GRAPH = "https://w3id.org/cyber-election-norms/graph/";
    /** Named graph holding the ontology. */
    public static final String GRAPH_ONTOLOGY = GRAPH + "ontology";
    /** Named graph holding the curated knowledge base (and a user's own files). */
    public static final String GRAPH_DATA = GRAPH + "data";
    /** Named graph holding what the reasoner inferred. */
    public static final String GRAPH_INFERRED = GRAPH + "inferred";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");
    private static final Pattern ISO_ALPHA3 = Pattern.compile("[A-Z]{3}");

    // Classes
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource HypotheticalState = resource("HypotheticalState");
    public static final Resource StateOrgan = resource("StateOrgan");
    public static final Resource NonStateActor = resource("NonStateActor");
    public static final Resource ThreatGroup = resource("ThreatGroup");
    public static final Resource Company = resource("Company");
    public static final Resource ElectoralParticipant = resource("ElectoralParticipant");
    public static final Resource InternationalBody = resource("InternationalBody");
    public static final Resource ExpertBody = resource("ExpertBody");
    public static final Resource Scholar = resource("Scholar");
    public static final Resource Person = resource("Person");
    public static final Resource ElectoralProcess = resource("ElectoralProcess");
    public static final Resource Election = resource("Election");
    public static final Resource Referendum = resource("Referendum");
    public static final Resource Plebiscite = resource("Plebiscite");
    public static final Resource ElectoralInfrastructure = resource("ElectoralInfrastructure");
    public static final Resource BallotingSystem = resource("BallotingSystem");
    public static final Resource VerifyingSystem = resource("VerifyingSystem");
    public static final Resource InformingSystem = resource("InformingSystem");
    public static final Resource TechnicalElectoralInfrastructure = resource("TechnicalElectoralInfrastructure");
    public static final Resource VoterRegistry = resource("VoterRegistry");
    public static final Resource VotingMachine = resource("VotingMachine");
    public static final Resource BallotIntegrityProtocol = resource("BallotIntegrityProtocol");
    public static final Resource ResultsReportingSystem = resource("ResultsReportingSystem");
    public static final Resource AuditSystem = resource("AuditSystem");
    public static final Resource ProceduralInformationSystem = resource("ProceduralInformationSystem");
    public static final Resource CampaignSystem = resource("CampaignSystem");
    public static final Resource MediaPlatform = resource("MediaPlatform");
    public static final Resource CriticalInfrastructure = resource("CriticalInfrastructure");
    public static final Resource CyberOperation = resource("CyberOperation");
    public static final Resource Campaign = resource("Campaign");
    public static final Resource ForeignOperation = resource("ForeignOperation");
    public static final Resource Method = resource("Method");
    public static final Resource IntrusiveMethod = resource("IntrusiveMethod");
    public static final Resource NonIntrusiveMethod = resource("NonIntrusiveMethod");
    public static final Resource AdverseConsequence = resource("AdverseConsequence");
    public static final Resource Intent = resource("Intent");
    public static final Resource ConfidenceLevel = resource("ConfidenceLevel");
    public static final Resource Attribution = resource("Attribution");
    public static final Resource Norm = resource("Norm");
    public static final Resource LegalRule = resource("LegalRule");
    public static final Resource VoluntaryNorm = resource("VoluntaryNorm");
    public static final Resource ProposedNorm = resource("ProposedNorm");
    public static final Resource Instrument = resource("Instrument");
    public static final Resource LegalQuestion = resource("LegalQuestion");
    public static final Resource Answer = resource("Answer");
    public static final Resource Position = resource("Position");
    public static final Resource NationalPosition = resource("NationalPosition");
    public static final Resource Response = resource("Response");
    public static final Resource Retorsion = resource("Retorsion");
    public static final Resource Countermeasure = resource("Countermeasure");
    public static final Resource PleaOfNecessity = resource("PleaOfNecessity");
    public static final Resource SelfDefence = resource("SelfDefence");
    public static final Resource Characterisation = resource("Characterisation");
    public static final Resource Source = resource("Source");
    public static final Resource Citation = resource("Citation");
    // Contract v2: claims, norm kinds, assessments, verdicts, positions
    public static final Resource OfficialAttribution = resource("OfficialAttribution");
    public static final Resource AttributionBasis = resource("AttributionBasis");
    public static final Resource ExpertRestatement = resource("ExpertRestatement");
    public static final Resource Pledge = resource("Pledge");
    public static final Resource NormAssessment = resource("NormAssessment");
    public static final Resource Outcome = resource("Outcome");
    public static final Resource DoctrineVerdict = resource("DoctrineVerdict");
    public static final Resource GeneralLawCondition = resource("GeneralLawCondition");
    public static final Resource ScenarioPosition = resource("ScenarioPosition");
    public static final Resource ReportedPosition = resource("ReportedPosition");

    // Object properties
    public static final Property organOf = property("organOf");
    public static final Property answersFor = property("answersFor");
    public static final Property linkedTo = property("linkedTo");
    public static final Property country = property("country");
    public static final Property actsOnBehalfOf = property("actsOnBehalfOf");
    public static final Property memberOf = property("memberOf");
    public static final Property heldIn = property("heldIn");
    public static final Property serves = property("serves");
    public static final Property targets = property("targets");
    public static final Property affects = property("affects");
    public static final Property usesMethod = property("usesMethod");
    public static final Property hasEffect = property("hasEffect");
    public static final Property hasIntent = property("hasIntent");
    public static final Property emanatesFrom = property("emanatesFrom");
    public static final Property partOf = property("partOf");
    public static final Property attributedOperation = property("attributedOperation");
    public static final Property attributedActor = property("attributedActor");
    public static final Property attributedBy = property("attributedBy");
    public static final Property confidence = property("confidence");
    public static final Property attributableTo = property("attributableTo");
    public static final Property statedIn = property("statedIn");
    public static final Property endorses = property("endorses");
    public static final Property protects = property("protects");
    public static final Property violates = property("violates");
    public static final Property hasAnswer = property("hasAnswer");
    public static final Property excludes = property("excludes");
    public static final Property heldBy = property("heldBy");
    public static final Property answer = property("answer");
    public static final Property undatedBecause = property("undatedBecause");
    public static final Property onQuestion = property("onQuestion");
    public static final Property conflictsWith = property("conflictsWith");
    public static final Property agreesWith = property("agreesWith");
    public static final Property disagreesWith = property("disagreesWith");
    public static final Property respondsTo = property("respondsTo");
    public static final Property takenBy = property("takenBy");
    public static final Property directedAt = property("directedAt");
    public static final Property characterises = property("characterises");
    public static final Property characterisedAs = property("characterisedAs");
    public static final Property characterisedBy = property("characterisedBy");
    public static final Property contraryToDoctrineOf = property("contraryToDoctrineOf");
    public static final Property consistentWithDoctrineOf = property("consistentWithDoctrineOf");
    public static final Property conductContraryToCommitment = property("conductContraryToCommitment");
    public static final Property deFactoOrganOf = property("deFactoOrganOf");
    public static final Property basis = property("basis");
    public static final Property onBehalfOf = property("onBehalfOf");
    public static final Property claimedIntent = property("claimedIntent");
    public static final Property contestedBy = property("contestedBy");
    public static final Property pointsTo = property("pointsTo");
    public static final Property allegedlyAttributableTo = property("allegedlyAttributableTo");
    public static final Property contraryTo = property("contraryTo");
    public static final Property assessedOperation = property("assessedOperation");
    public static final Property assessedNorm = property("assessedNorm");
    public static final Property outcome = property("outcome");
    public static final Property restsOnClaim = property("restsOnClaim");
    public static final Property restsOnPosition = property("restsOnPosition");
    public static final Property contestedByPosition = property("contestedByPosition");
    public static final Property verdictOn = property("verdictOn");
    public static final Property underDoctrineOf = property("underDoctrineOf");
    public static final Property undeterminedUnderDoctrineOf = property("undeterminedUnderDoctrineOf");
    public static final Property failsCondition = property("failsCondition");
    public static final Property unknownFact = property("unknownFact");
    public static final Property onRequestOf = property("onRequestOf");
    public static final Property supersedes = property("supersedes");
    public static final Property issuedBy = property("issuedBy");
    public static final Property retrievedFrom = property("retrievedFrom");

    // Data properties
    public static final Property isoCode = property("isoCode");
    public static final Property isPublic = property("isPublic");
    public static final Property provision = property("provision");
    public static final Property text = property("text");
    public static final Property qualification = property("qualification");
    public static final Property priorNotification = property("priorNotification");
    public static final Property urgent = property("urgent");
    public static final Property cyberMeans = property("cyberMeans");
    public static final Property amountsToForce = property("amountsToForce");
    public static final Property proportionate = property("proportionate");
    public static final Property collective = property("collective");
    public static final Property locator = property("locator");
    public static final Property quote = property("quote");
    public static final Property doctrineLaterThanResponse = property("doctrineLaterThanResponse");

    // Controlled individuals: methods
    public static final Resource Phishing = resource("Phishing");
    public static final Resource BruteForce = resource("BruteForce");
    public static final Resource CooperativeInsider = resource("CooperativeInsider");
    public static final Resource Malware = resource("Malware");
    public static final Resource SupplyChainCompromise = resource("SupplyChainCompromise");
    public static final Resource DataManipulation = resource("DataManipulation");
    public static final Resource UnauthorisedAccess = resource("UnauthorisedAccess");
    public static final Resource PublicInformationCollection = resource("PublicInformationCollection");
    public static final Resource Disinformation = resource("Disinformation");
    public static final Resource InauthenticAmplification = resource("InauthenticAmplification");
    public static final Resource CovertAdvertising = resource("CovertAdvertising");
    public static final Resource Leak = resource("Leak");
    public static final Resource DenialOfService = resource("DenialOfService");

    // Controlled individuals: adverse consequences
    public static final Resource Disruption = resource("Disruption");
    public static final Resource IntegrityDoubt = resource("IntegrityDoubt");
    public static final Resource ParticipationImpairment = resource("ParticipationImpairment");
    public static final Resource InformationDistortion = resource("InformationDistortion");
    public static final Resource ConfidenceUndermined = resource("ConfidenceUndermined");
    public static final Resource PrivacyViolation = resource("PrivacyViolation");
    public static final Resource Damage = resource("Damage");

    // Controlled individuals: intents
    public static final Resource ElectoralInterferenceIntent = resource("ElectoralInterferenceIntent");
    public static final Resource DisruptionIntent = resource("DisruptionIntent");
    public static final Resource IntelligenceGatheringIntent = resource("IntelligenceGatheringIntent");
    public static final Resource FinancialIntent = resource("FinancialIntent");

    // Controlled individuals: confidence levels
    public static final Resource LowConfidence = resource("LowConfidence");
    public static final Resource ModerateConfidence = resource("ModerateConfidence");
    public static final Resource HighConfidence = resource("HighConfidence");

    // Controlled individuals: attribution bases (ILC Articles arts. 4, 5, 8, 11)
    public static final Resource OrganConduct = resource("OrganConduct");
    public static final Resource GovernmentalAuthority = resource("GovernmentalAuthority");
    public static final Resource InstructionsOrControl = resource("InstructionsOrControl");
    public static final Resource AcknowledgedAndAdopted = resource("AcknowledgedAndAdopted");

    // Controlled individuals: outcomes of assessments and doctrine verdicts
    public static final Resource Violation = resource("Violation");
    public static final Resource ContraryToNorm = resource("ContraryToNorm");
    public static final Resource Contrary = resource("Contrary");
    public static final Resource Consistent = resource("Consistent");
    public static final Resource Undetermined = resource("Undetermined");

    // Controlled individuals: general-law conditions of countermeasures (ILC Articles arts. 49-52)
    public static final Resource NonForcible = resource("NonForcible");
    public static final Resource Proportionality = resource("Proportionality");
    public static final Resource AgainstResponsibleState = resource("AgainstResponsibleState");
    public static final Resource NotificationUnlessUrgent = resource("NotificationUnlessUrgent");

    // IRIs of things (docs/architecture.md; slugs fixed in data/README.md)

    /** A real State by its ISO 3166-1 alpha-3 code, e.g. {@code state("DNK")}. */
    public static Resource state(String isoAlpha3) {
        String code = isoAlpha3.toUpperCase(Locale.ROOT);
        if (!ISO_ALPHA3.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: '" + isoAlpha3 + "'");
        }
        return thing("state/" + code);
    }

    /** A legal question, e.g. {@code question("collective-countermeasures")}. */
    public static Resource question(String slug) {
        return thing("question/" + slug(slug));
    }

    /** An answer option of a question, e.g. {@code answer("collective-countermeasures", "permitted")}. */
    public static Resource answer(String questionSlug, String answerSlug) {
        return thing("question/" + slug(questionSlug) + "/" + slug(answerSlug));
    }

    /**
     * A position: {@code holder} is a State's ISO code or an actor's slug.
     * A holder with several dated positions on one question adds the year.
     */
    public static Resource position(String holder, String questionSlug) {
        return thing("position/" + holder + "/" + slug(questionSlug));
    }

    /** A dated position, for a holder with several positions on one question. */
    public static Resource position(String holder, String questionSlug, int year) {
        return thing("position/" + holder + "/" + slug(questionSlug) + "/" + year);
    }

    /** A norm, e.g. {@code norm("oxford-2020/2a")}. */
    public static Resource norm(String slug) {
        return thing("norm/" + slug(slug));
    }

    /** A source document, e.g. {@code source("oxford-statement-2020")}. */
    public static Resource source(String slug) {
        return thing("source/" + slug(slug));
    }

    /** A cyber operation, e.g. {@code operation("dnc-2016")}. */
    public static Resource operation(String slug) {
        return thing("operation/" + slug(slug));
    }

    /** A response to an operation. */
    public static Resource response(String slug) {
        return thing("response/" + slug(slug));
    }

    /** Any thing under the {@code cenid:} namespace by its path. */
    public static Resource thing(String path) {
        return ResourceFactory.createResource(ID + path);
    }

    /** True when the IRI names a thing of CEN-KG (under {@code cenid:}). */
    public static boolean isThing(String iri) {
        return iri.startsWith(ID);
    }

    /** True when the IRI names a term of the ontology (under {@code cen:}). */
    public static boolean isTerm(String iri) {
        return iri.startsWith(NS);
    }

    private static String slug(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a lower-case kebab-case slug: '" + slug + "'");
        }
        return slug;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
