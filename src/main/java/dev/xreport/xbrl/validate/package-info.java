/**
 * The XBRL 2.1 instance validator, with XBRL Dimensions 1.0 and XBRL Calculations 1.1:
 * {@link dev.xreport.xbrl.validate.XbrlValidator}.
 *
 * <p>How a validation runs, one class per step:
 * <ol>
 *   <li>{@code XmlDocs} parses each document into a DOM that keeps line and column, with DOCTYPEs
 *       and external entities refused; an instance's items directly under {@code xbrli:xbrl} are
 *       kept as {@code LeanItem}s instead of DOM nodes, so that a million facts need no DOM;</li>
 *   <li>{@code Dts} discovers the DTS (XBRL 2.1 section 3.2) from local files and the
 *       {@link dev.xreport.xbrl.validate.XbrlCatalog}, xml:base applied; nothing is fetched from the
 *       network; {@code Locators} resolves the XPointers of hrefs (shorthand and element());</li>
 *   <li>{@code SchemaCheck} validates the instance and the linkbases against the DTS schemas
 *       (javax.xml.validation), adding schema defaults to the instance; the instance is played to
 *       the validator as SAX events by {@code InstanceEvents}; the content of xs:appinfo and the
 *       attributes of other namespaces on a taxonomy's schema elements are laxly validated;</li>
 *   <li>{@code Taxonomy} and {@code Networks} read the concepts and the effective relationships
 *       (after prohibition and override); {@code ConceptRules} checks concept declarations (tuples,
 *       item types), {@code LinkbaseRules} the XLink and XBRL rules on linkbases (roleRef and
 *       arcroleRef, roleType and arcroleType, usedOn, locators, duplicate arcs, label arcs,
 *       preferredLabel), {@code Cycles} each network against its arcrole's cyclesAllowed;</li>
 *   <li>{@code InstanceModel}, {@code InstanceRules}, {@code Footnotes}, {@code Calculations} and
 *       {@code EssenceAlias} apply the rules of sections 4 and 5;</li>
 *   <li>{@code Dimensions} applies XBRL Dimensions 1.0: the DTS rules of section 2 (declarations,
 *       the six dimensional arcroles, DRS cycles) and, for each fact of a primary item with
 *       hypercubes, dimensional validity in at least one of its DRSes (3.1.1 to 3.1.3);</li>
 *   <li>{@code Calculations} also applies XBRL Calculations 1.1 (round-to-nearest intervals,
 *       duplicates merged) to the 1.1 summation-item arcrole, and to the XBRL 2.1 arcrole when the
 *       validator's {@link dev.xreport.xbrl.validate.XbrlValidator.CalculationMode} is
 *       {@code CALCULATIONS_1_1}.</li>
 * </ol>
 * Every finding has a code {@code XR-XBRL-6xx} of {@link dev.xreport.diag.Code} naming the section
 * of the XBRL 2.1 (or Dimensions 1.0) specification, or the error code of the Calculations 1.1
 * specification, it enforces; {@link dev.xreport.diag.SpecErrors} maps the codes to the error codes
 * the specifications and their conformance suites name. The XBRL specification schemas are xreport's own
 * (src/main/resources/xbrl/schemas), written from the specifications and served for the official
 * URLs by xbrl/catalog.xml.
 */
package dev.xreport.xbrl.validate;
