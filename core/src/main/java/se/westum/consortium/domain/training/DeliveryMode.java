package se.westum.consortium.domain.training;

/** How a training reaches its participants. */
public enum DeliveryMode {
  /** By video conference (videokonferens). */
  VIDEO_CONFERENCE,
  /** On site. */
  ON_SITE,
  /** Partly on site, partly by video conference. */
  HYBRID
}
