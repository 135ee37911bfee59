import { STATUS_CODES } from 'node:http';
import type { FastifyError } from 'fastify';
import { RequestError } from '../errors.ts';

/** Every refusal of the HTTP API has this shape; `code` is stable, `message` tells a person what to change. */
export interface Problem {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
}

export const LIMITS = { bodyBytes: 4096, questionChars: 500 } as const;

/** Maps what Fastify and its plugins throw to a clear JSON problem; anything unforeseen is a 500. */
export function toProblem(error: FastifyError | RequestError | Error): Problem {
  if (error instanceof RequestError) return { statusCode: error.statusCode, code: error.code, message: error.message };
  const e = error as FastifyError;
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { statusCode: 413, code: 'body_too_large', message: `请求体太大：最多 ${LIMITS.bodyBytes} 字节。` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { statusCode: 415, code: 'unsupported_media_type', message: '只接受 JSON：请用 Content-Type: application/json 发送 {"question": "…"}。' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { statusCode: 400, code: 'empty_body', message: '请求体是空的：请发送 {"question": "…"}。' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { statusCode: 400, code: 'bad_content_length', message: 'Content-Length 与请求体不符。' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { statusCode: 414, code: 'uri_too_long', message: '地址太长：路径里的编号最多 100 个字符。' };
    case 'FST_ERR_BAD_URL':
      return { statusCode: 400, code: 'bad_url', message: '地址里有无效的 % 转义。' };
    default:
  }
  if (e.statusCode === 429) {
    return { statusCode: 429, code: 'rate_limited', message: '提问太频繁了，请稍后再试（等待时间见 Retry-After）。' };
  }
  if (e.statusCode === 400 && (error instanceof SyntaxError || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY')) {
    return { statusCode: 400, code: 'bad_json', message: '请求体不是合法的 JSON：请发送 {"question": "…"}。' };
  }
  // Any other refusal: its status and standard reason, never the framework's message (it may quote the request).
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) {
    return { statusCode: e.statusCode, code: 'bad_request', message: `请求被拒绝：${STATUS_CODES[e.statusCode] ?? 'Bad Request'}。` };
  }
  return { statusCode: 500, code: 'internal', message: '服务器内部错误，请稍后再试。' };
}

/** The body of `POST /api/ask`, checked by hand so each refusal says exactly what is wrong. */
export function questionOf(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('question' in body)) {
    throw new RequestError(400, 'question_missing', '请求体应为 {"question": "…"}。');
  }
  const { question } = body as { question: unknown };
  if (typeof question !== 'string') throw new RequestError(400, 'question_not_text', 'question 应为字符串。');
  const chars = [...question].length;
  if (chars > LIMITS.questionChars) {
    throw new RequestError(400, 'question_too_long', `问题太长：最多 ${LIMITS.questionChars} 个字，收到 ${chars} 个。请只问一件事。`);
  }
  return question;
}

/** The optional `report` of `POST /api/ask`: the id of a loaded report, or absent for the one the question names. */
export function reportOf(body: unknown, known: readonly string[]): string | undefined {
  const report = (body as { report?: unknown }).report;
  if (report === undefined || report === null || report === '') return undefined;
  if (typeof report !== 'string') throw new RequestError(400, 'report_not_text', 'report 应为字符串（报告的 id）。');
  if (!known.includes(report)) throw new RequestError(400, 'report_not_found', `没有 id 为 ${report.slice(0, 40)} 的报告；可用：${known.join('、')}。`);
  return report;
}
