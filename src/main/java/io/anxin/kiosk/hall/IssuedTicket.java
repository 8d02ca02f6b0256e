package io.anxin.kiosk.hall;

import java.time.Duration;

import io.anxin.kiosk.domain.hall.Ticket;

/** A new ticket with how many wait ahead of it and the estimated wait, for the printed and spoken ticket. */
public record IssuedTicket(Ticket ticket, int ahead, Duration estimatedWait) {
}
