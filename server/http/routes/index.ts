import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Services } from '../../domain/context';
import type { AppEnv } from '../env';

/** Routes outside ra-data-simple-rest that need no token (lead capture, inbound mail). */
export function mountPublicRoutes(
  _app: Hono<AppEnv>,
  _services: Services,
  _opts: { log: Logger },
) {}

/** Routes outside ra-data-simple-rest behind the token: conversion, reports, settings. */
export function mountPrivateRoutes(_app: Hono<AppEnv>, _services: Services) {}
