-- Issue 20: each try is written before its e-mail goes to the server, with outcome SENDING, and given its outcome
-- (SENT, FAILED) once the server has answered, each in a transaction of its own. A row still SENDING was cut off
-- between the two (kill -9, a power cut): whether the server took the e-mail is unknown. NOT_SENT: not tried, because
-- the delivery stopped at an error that every e-mail would meet; the same command sends it. message_id: the e-mail's
-- Message-ID, the same on every try to one address in one run, so a copy sent again after a SENDING row is
-- recognisable as the same e-mail.
ALTER TABLE delivery_log ADD COLUMN message_id VARCHAR(250);
