-- wrk script: POST /api/v1/reports with a different synthetic report (and idempotency key) each time, as the
-- public form sends them. With RECEIPTS=<file> set, each 201's reference and follow-up code is appended to
-- <file>.<thread> as "reference<TAB>code" (bench/load/crash.sh uses this).
local counter = 0
local prefix
local receipts

local categories = { '"unpaid"', '"documents_taken","threatened"', '"stranded"', '"locked_in","threatened"', '"wants_to_return"' }
local countries = { "SAU", "QAT", "ARE", "OMN", "KWT", "LBN" }

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  prefix = string.format("load-%d-%d", os.time(), math.random(1, 1000000000))
  local file = os.getenv("RECEIPTS")
  if file and file ~= "" then
    receipts = io.open(file .. "." .. prefix, "a")
    receipts:setvbuf("line")
  end
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"language":"en","reporterRelation":"family","categories":[%s],' ..
    '"description":"Synthetic load report %d: not paid for three months and the employer keeps her passport.",' ..
    '"country":"%s","city":"Synthetic City","personName":"Synthetic Person %d","personPhone":"+9665%08d",' ..
    '"contact":{"channel":"sms","safeTimes":"after 20:00","timeZone":"Asia/Riyadh","doNotCall":true,"codeWord":"word%d"},' ..
    '"consentToFollowUp":true,"idempotencyKey":"%s-%d"}',
    categories[counter % #categories + 1], counter, countries[counter % #countries + 1], counter, counter % 100000000, counter, prefix, counter)
  return wrk.format("POST", "/api/v1/reports", { ["Content-Type"] = "application/json" }, body)
end

if os.getenv("RECEIPTS") and os.getenv("RECEIPTS") ~= "" then
  function response(status, headers, body)
    if status == 201 and receipts then
      local reference, code = body:match('"reference":"([^"]+)","followUpCode":"([^"]+)"')
      if reference then
        receipts:write(reference, "\t", code, "\n")
      end
    end
  end
end
