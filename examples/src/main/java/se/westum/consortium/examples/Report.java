package se.westum.consortium.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;

/** What a figures command prints: the same report as text for people or JSON for programs. */
interface Report {

  /** The report as aligned text lines. */
  void printText(PrintWriter out);

  /**
   * The report as JSON. For the figures the REST API answers too, exactly its answer body (written
   * by the REST adapter's own representations, see {@link se.westum.consortium.rest.ApiJson}).
   */
  String json() throws JsonProcessingException;
}
