package io.kaidian.notification;

/** How a message reaches its recipient. */
public enum Channel {

	/** an email to the recipient's address */
	EMAIL,

	/** a text message to the recipient's mobile phone */
	SMS

}
