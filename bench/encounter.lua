-- wrk script for bench/run-fieldwork.sh: signed-in sessions (one per user), each alternating between the home page
-- (GET /, the trivial page) and logging an anonymous encounter (POST /fieldwork/encounters/new with the session's
-- CSRF token in the X-CSRF-TOKEN header). Arguments: the sessions file ("JSESSIONID token" per line), the date and the number of threads.
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  sessions = {}
  for line in io.lines(args[1]) do
    local cookie, token = line:match("^(%S+)%s+(%S+)$")
    if cookie then
      sessions[#sessions + 1] = { cookie = "JSESSIONID=" .. cookie, token = token }
    end
  end
  date = args[2]
  stride = math.max(1, math.floor(#sessions / tonumber(args[3] or "1")))
  n = 0
  body = "date=" .. date .. "&time=20%3A00&arena=street&counts%5BBOY%3A12-15%5D=2&counts%5BGIRL%3A16-18%5D=1"
      .. "&counts%5BUNKNOWN%3A%3E18%5D=0&themes=alcohol&themes=friends&note="
end

function request()
  n = n + 1
  local s = sessions[((math.floor((n - 1) / 2) + offset * stride) % #sessions) + 1]
  if n % 2 == 1 then
    return wrk.format("GET", "/", { ["Cookie"] = s.cookie })
  end
  return wrk.format("POST", "/fieldwork/encounters/new", {
    ["Cookie"] = s.cookie,
    ["X-CSRF-TOKEN"] = s.token,
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, body)
end
