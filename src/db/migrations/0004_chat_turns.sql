CREATE TABLE `chat_turns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_key` text NOT NULL,
	`role` text NOT NULL,
	`text` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `chat_turns_chat_idx` ON `chat_turns` (`chat_key`,`id`);