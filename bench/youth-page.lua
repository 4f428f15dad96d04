-- wrk script for bench/run-youth-pages.sh: signed-in sessions opening youth pages (GET /youth/{id}), each request
-- the next youth of the list with the next session. Arguments: the sessions file (one JSESSIONID a line) and the
-- youths file (one id a line). Every request is a logged read of a youth's record.
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  sessions = {}
  for line in io.lines(args[1]) do
    if line ~= "" then sessions[#sessions + 1] = "JSESSIONID=" .. line end
  end
  youths = {}
  for line in io.lines(args[2]) do
    if line ~= "" then youths[#youths + 1] = line end
  end
  n = offset * 7
end

function request()
  n = n + 1
  return wrk.format("GET", "/youth/" .. youths[(n % #youths) + 1], { ["Cookie"] = sessions[(n % #sessions) + 1] })
end
