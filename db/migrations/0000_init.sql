CREATE SEQUENCE "public"."case_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."invoice_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."quote_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."sales_order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."lead_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."opportunity_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "account_contacts" (
	"account_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"role" text,
	"is_inactive" boolean DEFAULT false NOT NULL,
	CONSTRAINT "account_contacts_account_id_contact_id_pk" PRIMARY KEY("account_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"type" text,
	"industry" text,
	"website" text,
	"email_address" text,
	"phone_number" text,
	"billing_address_street" text,
	"billing_address_city" text,
	"billing_address_state" text,
	"billing_address_postal_code" text,
	"billing_address_country" text,
	"shipping_address_street" text,
	"shipping_address_city" text,
	"shipping_address_state" text,
	"shipping_address_postal_code" text,
	"shipping_address_country" text
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"salutation_name" text,
	"first_name" text,
	"last_name" text NOT NULL,
	"email_address" text,
	"phone_number" text,
	"address_street" text,
	"address_city" text,
	"address_state" text,
	"address_postal_code" text,
	"address_country" text,
	"account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "assignment_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"entity_type" text NOT NULL,
	"method" text NOT NULL,
	"team_id" uuid,
	"assign_to_user_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"last_assigned_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_articles" (
	"case_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_articles_case_id_article_id_pk" PRIMARY KEY("case_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "case_contacts" (
	"case_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "case_contacts_case_id_contact_id_pk" PRIMARY KEY("case_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" integer DEFAULT nextval('case_number_seq') NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'New' NOT NULL,
	"priority" text DEFAULT 'Normal' NOT NULL,
	"type" text,
	"account_id" uuid,
	"contact_id" uuid,
	"lead_id" uuid,
	"is_internal" boolean DEFAULT false NOT NULL,
	"inbound_email_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "kb_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'Draft' NOT NULL,
	"categories_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"portals_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"publish_date" date,
	"expiration_date" date,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"description" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'Available' NOT NULL,
	"category_id" uuid,
	"part_number" text,
	"cost_price" numeric(18, 2),
	"list_price" numeric(18, 2),
	"unit_price" numeric(18, 2) NOT NULL,
	"pricing_type" text DEFAULT 'Same as List' NOT NULL,
	"pricing_factor" numeric(9, 4)
);
--> statement-breakpoint
CREATE TABLE "document_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_type" text NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"product_id" uuid,
	"name" text NOT NULL,
	"quantity" numeric(14, 4) NOT NULL,
	"list_price" numeric(18, 2) NOT NULL,
	"unit_price" numeric(18, 2) NOT NULL,
	"tax_rate" numeric(9, 4),
	"amount" numeric(18, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" integer DEFAULT nextval('invoice_number_seq') NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'Draft' NOT NULL,
	"account_id" uuid,
	"opportunity_id" uuid,
	"billing_contact_id" uuid,
	"billing_address_street" text,
	"billing_address_city" text,
	"billing_address_state" text,
	"billing_address_postal_code" text,
	"billing_address_country" text,
	"shipping_address_street" text,
	"shipping_address_city" text,
	"shipping_address_state" text,
	"shipping_address_postal_code" text,
	"shipping_address_country" text,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"tax_rate" numeric(9, 4) DEFAULT '0' NOT NULL,
	"shipping_cost" numeric(18, 2) DEFAULT '0' NOT NULL,
	"amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"discount_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"pre_discounted_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"tax_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"grand_total_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"quote_id" uuid,
	"sales_order_id" uuid,
	"date_invoiced" date,
	"date_due" date
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" integer DEFAULT nextval('quote_number_seq') NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'Draft' NOT NULL,
	"account_id" uuid,
	"opportunity_id" uuid,
	"billing_contact_id" uuid,
	"billing_address_street" text,
	"billing_address_city" text,
	"billing_address_state" text,
	"billing_address_postal_code" text,
	"billing_address_country" text,
	"shipping_address_street" text,
	"shipping_address_city" text,
	"shipping_address_state" text,
	"shipping_address_postal_code" text,
	"shipping_address_country" text,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"tax_rate" numeric(9, 4) DEFAULT '0' NOT NULL,
	"shipping_cost" numeric(18, 2) DEFAULT '0' NOT NULL,
	"amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"discount_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"pre_discounted_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"tax_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"grand_total_amount" numeric(18, 2) DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" integer DEFAULT nextval('sales_order_number_seq') NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'Draft' NOT NULL,
	"account_id" uuid,
	"opportunity_id" uuid,
	"billing_contact_id" uuid,
	"billing_address_street" text,
	"billing_address_city" text,
	"billing_address_state" text,
	"billing_address_postal_code" text,
	"billing_address_country" text,
	"shipping_address_street" text,
	"shipping_address_city" text,
	"shipping_address_state" text,
	"shipping_address_postal_code" text,
	"shipping_address_country" text,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"tax_rate" numeric(9, 4) DEFAULT '0' NOT NULL,
	"shipping_cost" numeric(18, 2) DEFAULT '0' NOT NULL,
	"amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"discount_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"pre_discounted_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"tax_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"grand_total_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"quote_id" uuid
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" integer DEFAULT nextval('lead_number_seq') NOT NULL,
	"salutation_name" text,
	"first_name" text,
	"last_name" text,
	"title" text,
	"account_name" text,
	"email_address" text,
	"phone_number" text,
	"website" text,
	"address_street" text,
	"address_city" text,
	"address_state" text,
	"address_postal_code" text,
	"address_country" text,
	"status" text DEFAULT 'New' NOT NULL,
	"source" text,
	"industry" text,
	"opportunity_amount" numeric(18, 2),
	"opportunity_amount_currency" text,
	"converted_at" timestamp with time zone,
	"created_account_id" uuid,
	"created_contact_id" uuid,
	"created_opportunity_id" uuid
);
--> statement-breakpoint
CREATE TABLE "email_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email_address" text NOT NULL,
	"host" text,
	"port" integer,
	"security" text DEFAULT 'SSL' NOT NULL,
	"username" text,
	"password_encrypted" text,
	"monitored_folder" text DEFAULT 'INBOX' NOT NULL,
	"processed_folder" text,
	"status" text DEFAULT 'Active' NOT NULL,
	"create_case" boolean DEFAULT true NOT NULL,
	"case_distribution" text,
	"assign_to_user_id" uuid,
	"team_id" uuid,
	"last_assigned_user_id" uuid,
	"auto_reply" boolean DEFAULT false NOT NULL,
	"reply_template_id" text,
	"uid_validity" text,
	"last_uid" integer DEFAULT 0 NOT NULL,
	"last_polled_at" timestamp with time zone,
	"poll_lease_owner" text,
	"poll_lease_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"direction" text DEFAULT 'out' NOT NULL,
	"status" text DEFAULT 'Queued' NOT NULL,
	"message_id" text,
	"in_reply_to" text,
	"references" text[] DEFAULT '{}' NOT NULL,
	"from" text,
	"from_name" text,
	"to" text[] NOT NULL,
	"cc" text[] DEFAULT '{}' NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"html" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"raw" "bytea",
	"source" text,
	"email_account_id" uuid,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"parent_type" text,
	"parent_id" uuid,
	"slack_channel" text,
	"slack_ts" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigned_user_id" uuid,
	"teams_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by_id" uuid,
	"modified_by_id" uuid,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stream_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" integer DEFAULT nextval('opportunity_number_seq') NOT NULL,
	"name" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"account_id" uuid,
	"contact_id" uuid,
	"stage" text NOT NULL,
	"probability" integer NOT NULL,
	"probability_is_manual" boolean DEFAULT false NOT NULL,
	"last_stage" text,
	"close_date" date NOT NULL,
	"lead_source" text
);
--> statement-breakpoint
CREATE TABLE "opportunity_contacts" (
	"opportunity_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"role" text,
	CONSTRAINT "opportunity_contacts_opportunity_id_contact_id_pk" PRIMARY KEY("opportunity_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "pdf_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"entity_type" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"header" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"footer" text DEFAULT '' NOT NULL,
	"page_format" text DEFAULT 'A4' NOT NULL,
	"page_orientation" text DEFAULT 'portrait' NOT NULL,
	"margins" jsonb NOT NULL,
	"logo" text,
	"colors" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_capture_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"api_key" text NOT NULL,
	"fields" text[] NOT NULL,
	"lead_source" text DEFAULT 'Web Site' NOT NULL,
	"team_id" uuid,
	"allowed_origins" text[] DEFAULT '{}' NOT NULL,
	"merge_duplicates" boolean DEFAULT true NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "channel_follows" (
	"channel_id" text NOT NULL,
	"entity_type" text NOT NULL,
	"locale" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_follows_channel_id_entity_type_pk" PRIMARY KEY("channel_id","entity_type")
);
--> statement-breakpoint
CREATE TABLE "slack_cards" (
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"ts" text NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slack_cards_entity_type_entity_id_channel_pk" PRIMARY KEY("entity_type","entity_id","channel")
);
--> statement-breakpoint
CREATE TABLE "slack_channels" (
	"channel_id" text PRIMARY KEY NOT NULL,
	"support_mode" text DEFAULT 'public' NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_events" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slack_thread_posts" (
	"note_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"ts" text,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"posted_at" timestamp with time zone,
	CONSTRAINT "slack_thread_posts_note_id_channel_pk" PRIMARY KEY("note_id","channel")
);
--> statement-breakpoint
CREATE TABLE "auto_follows" (
	"user_id" uuid NOT NULL,
	"entity_type" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"user_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follows_user_id_entity_type_entity_id_pk" PRIMARY KEY("user_id","entity_type","entity_id")
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"post" text,
	"parent_type" text NOT NULL,
	"parent_id" uuid NOT NULL,
	"related_type" text,
	"related_id" uuid,
	"is_internal" boolean DEFAULT false NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"permissions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"field_permissions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_roles" (
	"team_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	CONSTRAINT "team_roles_team_id_role_id_pk" PRIMARY KEY("team_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "team_users" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"position" text,
	CONSTRAINT "team_users_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	CONSTRAINT "user_roles_user_id_role_id_pk" PRIMARY KEY("user_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email_address" text NOT NULL,
	"password_hash" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"slack_user_id" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"modified_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_contacts" ADD CONSTRAINT "account_contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_contacts" ADD CONSTRAINT "account_contacts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_articles" ADD CONSTRAINT "case_articles_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_articles" ADD CONSTRAINT "case_articles_article_id_kb_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."kb_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_categories" ADD CONSTRAINT "product_categories_parent_id_product_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."product_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_product_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."product_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_items" ADD CONSTRAINT "document_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_billing_contact_id_contacts_id_fk" FOREIGN KEY ("billing_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_billing_contact_id_contacts_id_fk" FOREIGN KEY ("billing_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_billing_contact_id_contacts_id_fk" FOREIGN KEY ("billing_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_orders" ADD CONSTRAINT "sales_orders_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_accounts" ADD CONSTRAINT "email_accounts_assign_to_user_id_users_id_fk" FOREIGN KEY ("assign_to_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_attachments" ADD CONSTRAINT "email_attachments_email_id_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "public"."emails"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_contacts" ADD CONSTRAINT "opportunity_contacts_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_contacts" ADD CONSTRAINT "opportunity_contacts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_follows" ADD CONSTRAINT "channel_follows_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_thread_posts" ADD CONSTRAINT "slack_thread_posts_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auto_follows" ADD CONSTRAINT "auto_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_roles" ADD CONSTRAINT "team_roles_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_roles" ADD CONSTRAINT "team_roles_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_users" ADD CONSTRAINT "team_users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_users" ADD CONSTRAINT "team_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_contacts_contact" ON "account_contacts" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "accounts_name" ON "accounts" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "accounts_email" ON "accounts" USING btree (lower("email_address"));--> statement-breakpoint
CREATE INDEX "contacts_name" ON "contacts" USING btree (lower("last_name"),lower("first_name"));--> statement-breakpoint
CREATE INDEX "contacts_email" ON "contacts" USING btree (lower("email_address"));--> statement-breakpoint
CREATE INDEX "contacts_account" ON "contacts" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_rules_active" ON "assignment_rules" USING btree ("entity_type") WHERE "assignment_rules"."is_active";--> statement-breakpoint
CREATE INDEX "case_contacts_contact" ON "case_contacts" USING btree ("contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number" ON "cases" USING btree ("number");--> statement-breakpoint
CREATE INDEX "cases_status_created" ON "cases" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "cases_assigned_status" ON "cases" USING btree ("assigned_user_id","status");--> statement-breakpoint
CREATE INDEX "cases_contact" ON "cases" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "cases_account" ON "cases" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "cases_stream_updated" ON "cases" USING btree ("stream_updated_at");--> statement-breakpoint
CREATE INDEX "cases_search" ON "cases" USING gin ((coalesce("name", '') || ' ' || coalesce("description", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "kb_articles_status" ON "kb_articles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "kb_articles_search" ON "kb_articles" USING gin ((coalesce("name", '') || ' ' || coalesce("body", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "product_categories_parent" ON "product_categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "products_category" ON "products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "products_name" ON "products" USING btree ("name");--> statement-breakpoint
CREATE INDEX "document_items_document" ON "document_items" USING btree ("document_type","document_id","position");--> statement-breakpoint
CREATE INDEX "invoices_number" ON "invoices" USING btree ("number");--> statement-breakpoint
CREATE INDEX "invoices_account" ON "invoices" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "invoices_sales_order" ON "invoices" USING btree ("sales_order_id");--> statement-breakpoint
CREATE INDEX "quotes_number" ON "quotes" USING btree ("number");--> statement-breakpoint
CREATE INDEX "quotes_account" ON "quotes" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "quotes_opportunity" ON "quotes" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "sales_orders_number" ON "sales_orders" USING btree ("number");--> statement-breakpoint
CREATE INDEX "sales_orders_account" ON "sales_orders" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sales_orders_quote" ON "sales_orders" USING btree ("quote_id");--> statement-breakpoint
CREATE INDEX "leads_number" ON "leads" USING btree ("number");--> statement-breakpoint
CREATE INDEX "leads_status_created" ON "leads" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "leads_status_source_created" ON "leads" USING btree ("status","source","created_at");--> statement-breakpoint
CREATE INDEX "leads_created" ON "leads" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "leads_last_name" ON "leads" USING btree ("last_name");--> statement-breakpoint
CREATE INDEX "leads_assigned_created" ON "leads" USING btree ("assigned_user_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_email" ON "leads" USING btree (lower("email_address"));--> statement-breakpoint
CREATE INDEX "leads_phone" ON "leads" USING btree ("phone_number");--> statement-breakpoint
CREATE INDEX "leads_search" ON "leads" USING gin ((coalesce("first_name", '') || ' ' || coalesce("last_name", '') || ' ' || coalesce("account_name", '') || ' ' || coalesce("email_address", '') || ' ' || coalesce("phone_number", '')) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "email_accounts_address" ON "email_accounts" USING btree (lower("email_address"));--> statement-breakpoint
CREATE INDEX "email_attachments_email" ON "email_attachments" USING btree ("email_id","position");--> statement-breakpoint
CREATE INDEX "emails_status" ON "emails" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "emails_parent" ON "emails" USING btree ("parent_type","parent_id","created_at");--> statement-breakpoint
CREATE INDEX "emails_created" ON "emails" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "emails_inbound_message_id" ON "emails" USING btree ("message_id") WHERE "emails"."direction" = 'in';--> statement-breakpoint
CREATE INDEX "emails_message_id" ON "emails" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "emails_from" ON "emails" USING btree (lower("from"),"created_at");--> statement-breakpoint
CREATE INDEX "opportunities_number" ON "opportunities" USING btree ("number");--> statement-breakpoint
CREATE INDEX "opportunities_stage" ON "opportunities" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "opportunities_close_date" ON "opportunities" USING btree ("close_date");--> statement-breakpoint
CREATE INDEX "opportunities_account" ON "opportunities" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "opportunities_assigned" ON "opportunities" USING btree ("assigned_user_id");--> statement-breakpoint
CREATE INDEX "opportunity_contacts_contact" ON "opportunity_contacts" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "pdf_templates_entity_type" ON "pdf_templates" USING btree ("entity_type","language");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_capture_keys_api_key" ON "lead_capture_keys" USING btree ("api_key");--> statement-breakpoint
CREATE INDEX "channel_follows_type" ON "channel_follows" USING btree ("entity_type");--> statement-breakpoint
CREATE INDEX "slack_cards_message" ON "slack_cards" USING btree ("channel","ts");--> statement-breakpoint
CREATE INDEX "slack_events_received" ON "slack_events" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "auto_follows_unique" ON "auto_follows" USING btree ("user_id","entity_type");--> statement-breakpoint
CREATE INDEX "follows_entity" ON "follows" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "notes_parent" ON "notes" USING btree ("parent_type","parent_id","created_at");--> statement-breakpoint
CREATE INDEX "team_users_user" ON "team_users" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tokens_hash_unique" ON "tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email_address"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_slack_unique" ON "users" USING btree ("slack_user_id");