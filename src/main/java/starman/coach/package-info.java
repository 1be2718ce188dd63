/** Short messages for the listener: {@link starman.coach.Coach#react} maps (index state, event) to messages. */
package starman.coach;
