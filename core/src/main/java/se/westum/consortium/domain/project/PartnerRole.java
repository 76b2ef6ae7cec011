package se.westum.consortium.domain.project;

/** A partner's role in a project. */
public enum PartnerRole {
  /** Lead partner (towards the programme). */
  LEAD,
  /** Coordinating partner (of a country's side, for example). */
  COORDINATING,
  /** Partner. */
  PARTNER,
  /** Associated partner. */
  ASSOCIATED
}
